export { sentenceEncoderEmbeddings } from './sentence-encoder-embeddings.js';
export type { SentenceEncoderEmbeddingsOptions } from './sentence-encoder-embeddings.js';
