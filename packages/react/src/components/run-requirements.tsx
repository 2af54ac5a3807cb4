import type { Requirements } from '@buildwright/client';
import type { ReactNode } from 'react';
import { useLabels } from '../labels/labels-provider.js';

/** The requirements analyst's spec in the run's activity: stories with their acceptance criteria, data, pages, template. */
export function RunRequirements({ requirements }: { requirements: Requirements }): ReactNode {
  const labels = useLabels();
  const { summary, stories, entities, pages, template, templateReason } = requirements;
  return (
    <div className="bw-requirements" data-testid="bw-requirements">
      <p>{summary}</p>
      <ol className="bw-requirements-stories">
        {stories.map((story, index) => (
          <li key={index}>
            {labels.requirementsStory(story.as, story.want, story.soThat)}
            <ul>
              {story.acceptance.map((criterion, at) => (
                <li key={at}>{criterion}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {entities.length > 0 && (
        <p>
          {labels.requirementsEntities}: {entities.map((entity) => `${entity.name} (${entity.fields.join(', ')})`).join('; ')}
        </p>
      )}
      {pages.length > 0 && (
        <p>
          {labels.requirementsPages}: {pages.map((page) => `${page.path} — ${page.purpose}`).join('; ')}
        </p>
      )}
      {template && (
        <p>
          {labels.requirementsTemplate}: <code>{template}</code>
          {templateReason ? ` — ${templateReason}` : ''}
        </p>
      )}
    </div>
  );
}
