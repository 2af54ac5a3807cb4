/** Why a generation starts from the template it does: the payload of `template.selected`. */
export interface TemplateSelection {
  name: string;
  /** Cosine similarity of the template's search text to the prompt; 0 when the search failed. */
  score: number;
  reason: string;
}
