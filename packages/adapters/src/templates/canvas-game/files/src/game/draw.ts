import { world } from './state';
import type { GameState } from './types';

export function draw(context: CanvasRenderingContext2D, state: GameState): void {
  context.fillStyle = '#0f172a';
  context.fillRect(0, 0, world.width, world.height);
  context.fillStyle = '#facc15';
  context.fillRect(state.coin.x, state.coin.y, world.size, world.size);
  context.fillStyle = '#38bdf8';
  context.fillRect(state.player.x, state.player.y, world.size, world.size);
}
