/** Bytes of a text table to text: the project's one decoder (../text-input.ts). */
export { decodeText as decodeTableText } from '../text-input';
