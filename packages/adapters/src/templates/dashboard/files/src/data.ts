import type { Order, Point } from './types';

// Mock data: the preview has no backend. Replace with fetch calls behind the same shapes.
export const revenue: Point[] = [
  { label: 'Jan', value: 12 },
  { label: 'Feb', value: 18 },
  { label: 'Mar', value: 15 },
  { label: 'Apr', value: 24 },
  { label: 'May', value: 30 },
  { label: 'Jun', value: 27 },
];

export const orders: Order[] = [
  { id: 'A-1001', customer: 'Ada', total: 120, status: 'paid' },
  { id: 'A-1002', customer: 'Grace', total: 75.5, status: 'pending' },
  { id: 'A-1003', customer: 'Linus', total: 240, status: 'paid' },
  { id: 'A-1004', customer: 'Barbara', total: 32, status: 'refunded' },
];
