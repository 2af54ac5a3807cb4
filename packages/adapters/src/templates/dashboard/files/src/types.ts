/** One point of a series: a label on the x axis and its value. */
export interface Point {
  label: string;
  value: number;
}

export interface Order {
  id: string;
  customer: string;
  total: number;
  status: 'paid' | 'pending' | 'refunded';
}
