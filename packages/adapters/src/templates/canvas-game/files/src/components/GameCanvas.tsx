import { useEffect, useRef, useState } from 'react';
import { draw } from '../game/draw';
import { initialState, update, world } from '../game/state';
import { useGameLoop } from '../game/useGameLoop';
import { useKeys } from '../game/useKeys';

/** The game: state in a ref (changed every frame), the score in React state (changed rarely). */
export default function GameCanvas() {
  const canvas = useRef<HTMLCanvasElement>(null);
  const state = useRef(initialState());
  const keys = useKeys();
  const [score, setScore] = useState(0);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (context) draw(context, state.current);
  }, []);

  useGameLoop((dt) => {
    state.current = update(state.current, keys.current, dt);
    const context = canvas.current?.getContext('2d');
    if (context) draw(context, state.current);
    if (state.current.score !== score) setScore(state.current.score);
  });

  return (
    <div className="space-y-2">
      <p aria-live="polite">Score: {score}</p>
      <canvas ref={canvas} width={world.width} height={world.height} aria-label="Game board: move with the arrow keys or WASD" className="rounded border border-slate-600" />
    </div>
  );
}
