import type { TemplateSummary } from '@buildwright/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TemplatePickerView, type TemplatePickerState } from './template-picker.js';

const template = (name: string, description: string): TemplateSummary => ({ name, kinds: ['web'], description, tags: [], stack: [] });
const listed = [template('react-vite', 'React 19 + Vite 7'), template('dashboard', 'Charts and tables')];

function render(state: Partial<TemplatePickerState>, value: string | null = null) {
  return renderToStaticMarkup(<TemplatePickerView state={{ status: 'ready', templates: [], error: null, ...state }} value={value} onChange={() => undefined} unstyled />);
}

describe('<TemplatePicker/> markup', () => {
  it('default: "Best match" first and checked when no template is chosen, then each template with its description', () => {
    const html = render({ templates: listed });
    expect(html.match(/class="bw-template"/g)).toHaveLength(3);
    expect(html).toMatch(/data-template="auto"><label><input type="radio" name="bw-template" checked=""\/><span class="bw-template-name">Best match<\/span>/);
    expect(html).toContain('<span class="bw-template-name">dashboard</span><span class="bw-template-detail">Charts and tables</span>');
    expect(html).not.toContain('% match');
  });

  it('behavior: a chosen template is checked; searched templates show their match in percent, in the order given', () => {
    const html = render(
      {
        templates: [
          { ...listed[1]!, score: 0.4123 },
          { ...listed[0]!, score: -0.02 },
        ],
      },
      'dashboard',
    );
    expect(html).toMatch(/data-template="dashboard"><label><input type="radio" name="bw-template" checked=""\/>/);
    expect(html).toMatch(/data-template="auto"><label><input type="radio" name="bw-template"\/>/);
    expect(html.indexOf('data-template="dashboard"')).toBeLessThan(html.indexOf('data-template="react-vite"'));
    expect(html).toContain('<span class="bw-template-score"> 41% match</span>');
    expect(html).toContain('<span class="bw-template-score"> 0% match</span>');
  });

  it('error: loading says so; a failure is shown with its code', () => {
    expect(render({ status: 'loading' })).toContain('Loading templates…');
    expect(render({ status: 'loading' })).toContain('aria-busy="true"');
    const html = render({ status: 'error', error: { code: 'EMBEDDING_FAILED', message: 'Template search is unavailable.' } });
    expect(html).toContain('role="alert" data-code="EMBEDDING_FAILED">Template search is unavailable.</div>');
  });
});
