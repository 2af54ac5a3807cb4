import type { ReactNode } from 'react';
import type { ApiCallResult } from '../../openapi/call-api.js';
import { CodeView } from '../code-view.js';

/** The answer of a try-it request: status, time, headers and body; or why there is none and what to do. */
export function TryItAnswer({ result }: { result: ApiCallResult }): ReactNode {
  if (!result.ok) {
    return (
      <div className="bw-alert bw-try-it-error" role="alert" data-reason={result.failure.reason}>
        {result.failure.message}
      </div>
    );
  }
  const { answer } = result;
  const type = answer.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
  const json = /\bjson\b/i.test(type) ? prettyJson(answer.body) : null;
  const kind = answer.status >= 500 ? 'server-error' : answer.status >= 400 ? 'client-error' : 'success';
  return (
    <div className="bw-try-it-answer">
      <p className="bw-try-it-status" data-kind={kind}>
        <strong data-testid="bw-try-it-status">
          {answer.status}
          {answer.statusText ? ` ${answer.statusText}` : ''}
        </strong>
        <span className="bw-cost"> · {answer.durationMs} ms</span>
      </p>
      <details className="bw-try-it-headers">
        <summary>Headers ({answer.headers.length})</summary>
        <dl>
          {answer.headers.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </details>
      {answer.body === '' ? <p className="bw-cost">No body.</p> : <CodeView path="Response body" code={json ?? answer.body} language={json === null ? 'plain' : 'json'} lineNumbers={false} unstyled />}
      {answer.truncated && <p className="bw-cost">The body is longer than 1 MB; only its first megabyte is shown.</p>}
    </div>
  );
}

function prettyJson(text: string): string | null {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return null;
  }
}
