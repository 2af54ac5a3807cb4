export interface Vector {
  x: number;
  y: number;
}

export interface GameState {
  player: Vector;
  coin: Vector;
  score: number;
}

/** Keys held down now, by KeyboardEvent.key ("ArrowLeft", "a", " "). */
export type HeldKeys = ReadonlySet<string>;
