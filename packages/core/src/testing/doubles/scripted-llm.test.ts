import { runLlmSpec } from '../llm-spec.js';
import { scriptedLlm } from './scripted-llm.js';

// The scripted model replays whole turns: it faces no upstream that can fail (faults: false) and
// hands each turn's text out in one delta (streams: false). The rest of the port's contract applies.
runLlmSpec(
  (scenario) => ({
    llm: scriptedLlm({ transcript: scenario.reportsUsage ? scenario.transcript : { ...scenario.transcript, turns: scenario.transcript.turns.map(({ usage: _usage, ...turn }) => turn) } }),
  }),
  { name: 'scriptedLlm', faults: false, streams: false },
);
