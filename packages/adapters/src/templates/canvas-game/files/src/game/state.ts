import type { GameState, HeldKeys } from './types';

export const world = { width: 480, height: 320, size: 16, speed: 180 };

export function initialState(): GameState {
  return { player: { x: 40, y: 40 }, coin: { x: 300, y: 200 }, score: 0 };
}

/** The next state after `dt` seconds with these keys held: pure, so it is easy to test and replay. */
export function update(state: GameState, keys: HeldKeys, dt: number): GameState {
  const dx = (keys.has('ArrowRight') || keys.has('d') ? 1 : 0) - (keys.has('ArrowLeft') || keys.has('a') ? 1 : 0);
  const dy = (keys.has('ArrowDown') || keys.has('s') ? 1 : 0) - (keys.has('ArrowUp') || keys.has('w') ? 1 : 0);
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max - world.size);
  const player = { x: clamp(state.player.x + dx * world.speed * dt, world.width), y: clamp(state.player.y + dy * world.speed * dt, world.height) };
  const caught = Math.abs(player.x - state.coin.x) < world.size && Math.abs(player.y - state.coin.y) < world.size;
  if (!caught) return { ...state, player };
  const coin = { x: Math.floor(Math.random() * (world.width - world.size)), y: Math.floor(Math.random() * (world.height - world.size)) };
  return { player, coin, score: state.score + 1 };
}
