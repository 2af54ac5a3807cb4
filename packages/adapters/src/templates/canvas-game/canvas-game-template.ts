import type { Template } from '@buildwright/core';
import { reactGuidance } from '../shared/react-guidance.js';
import { reactViteBased } from '../shared/react-vite-based.js';
import { files } from './files.generated.js';

/**
 * A canvas game: a requestAnimationFrame loop, keyboard input, pure game state and a score.
 * Built on the react-vite template's files (React 19, Vite 7, TypeScript strict, Tailwind CSS 4).
 *
 * @example
 * import { canvasGameTemplate } from '@buildwright/adapters/templates';
 *
 * const run = builder.generate({ prompt: 'A ...', kind: 'web', template: canvasGameTemplate.name });
 */
export const canvasGameTemplate: Template = {
  name: 'canvas-game',
  ...reactViteBased(files),
  description:
    'Canvas game in React 19: a requestAnimationFrame loop (src/game/useGameLoop.ts), held keys (src/game/useKeys.ts), pure state and update(state, keys, dt) in src/game/state.ts, drawing in src/game/draw.ts, a score in React state. Vite 7, TypeScript (strict), Tailwind CSS 4.',
  stack: ['react@19', 'vite@7', 'typescript@5', 'tailwindcss@4', 'eslint@9', 'canvas'],
  tags: [
    'game',
    'canvas',
    'arcade',
    '2d',
    'sprite',
    'animation',
    'keyboard',
    'arrow keys',
    'score',
    'high score',
    'snake',
    'pong',
    'breakout',
    'tetris',
    'platformer',
    'shooter',
    'asteroids',
    'flappy',
    'maze',
    'physics',
    'requestanimationframe',
  ],
  guidance: [
    reactGuidance.entry,
    reactGuidance.types,
    reactGuidance.config,
    reactGuidance.browser,
    'Game loop: keep the game state in a ref and change it in update(state, keys, dt) (pure, dt in seconds) called from useGameLoop (requestAnimationFrame, cancelled on unmount); put in React state only what the DOM shows (score, game over). Draw the whole frame in draw(context, state).',
    'Input: read held keys from useKeys (keydown/keyup on window, preventDefault for arrows and space). Draw the first frame on mount, so the canvas is never blank; the canvas has width/height attributes and an aria-label.',
    reactGuidance.checks,
  ].join('\n'),
  searchText: [
    'Game on an HTML canvas with a game loop: arcade games such as snake, pong, breakout, asteroids, flappy bird, space shooters, platformers and mazes.',
    'Real-time animation with requestAnimationFrame, sprites, physics, collisions, keyboard controls with arrow keys or WASD, a score and high score, game over and restart.',
    'Drawing and moving shapes every frame: simulations, particles, bouncing balls.',
  ].join('\n'),
};
