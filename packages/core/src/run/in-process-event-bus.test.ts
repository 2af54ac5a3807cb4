import { runEventBusSpec } from '../testing/event-bus-spec.js';
import { inProcessEventBus } from './in-process-event-bus.js';

// Two builders of one process share a bus by sharing the object.
const shared = inProcessEventBus();
runEventBusSpec(() => shared, { name: 'inProcessEventBus' });
