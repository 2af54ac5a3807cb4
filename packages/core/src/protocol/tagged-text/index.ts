export { createTaggedTextParser } from './tagged-text-parser.js';
export type { TaggedTextParser, TaggedTextParserOptions, TaggedTextPart } from './tagged-text-parser.js';
export { describeTaggedTools } from './describe-tagged-tools.js';
export { formatTaggedToolCall, formatTaggedToolResult } from './format-tagged-text.js';
export { toTaggedTextMessages } from './to-tagged-text-messages.js';
export type { TaggedTextMessage } from './to-tagged-text-messages.js';
