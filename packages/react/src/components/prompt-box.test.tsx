import { initialSnapshot, type BuilderSnapshot } from '@buildwright/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BuilderProvider } from '../context/builder-provider.js';
import { fixedClient } from './fixed-client.test-support.js';
import { PromptBox, type PromptBoxProps } from './prompt-box.js';

function render(props: PromptBoxProps, snapshot: BuilderSnapshot = initialSnapshot) {
  return renderToStaticMarkup(
    <BuilderProvider client={fixedClient(snapshot)}>
      <PromptBox unstyled {...props} />
    </BuilderProvider>,
  );
}

describe('<PromptBox chains/> markup', () => {
  it('default: a new DApp offers the chains by name, the first selected, under a "Chain" label', () => {
    const html = render({ kinds: ['dapp', 'web'], chains: ['local', 'sepolia'] });
    expect(html).toMatch(/<label for="[^"]+-chain" class="bw-visually-hidden">Chain<\/label><select id="[^"]+-chain">/);
    expect(html).toContain('<option value="local" selected="">local</option><option value="sepolia">sepolia</option>');
  });

  it('behavior: no chain select without chains, with one chain, for a web app first, or once a project is loaded', () => {
    expect(render({ kinds: ['dapp'] })).not.toContain('-chain"');
    expect(render({ kinds: ['dapp'], chains: ['sepolia'] })).not.toContain('-chain"');
    expect(render({ kinds: ['web', 'dapp'], chains: ['local', 'sepolia'] })).not.toContain('-chain"');
    const loaded = { ...initialSnapshot, project: { id: 'p1', ownerId: 'alice', name: 'Token', kind: 'dapp', currentVersion: 1, chain: 'sepolia', createdAt: '', updatedAt: '' } } as BuilderSnapshot;
    expect(render({ kinds: ['dapp'], chains: ['local', 'sepolia'] }, loaded)).not.toContain('-chain"');
  });
});
