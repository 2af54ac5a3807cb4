export interface ContactForm {
  name: string;
  email: string;
  message: string;
}

/** A message per invalid field; a field without one is valid. */
export type FieldErrors<T> = Partial<Record<keyof T, string>>;
