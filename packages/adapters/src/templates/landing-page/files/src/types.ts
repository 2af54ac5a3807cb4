export interface Feature {
  title: string;
  text: string;
}

export interface Plan {
  name: string;
  /** Per month, in dollars. */
  price: number;
  perks: string[];
}
