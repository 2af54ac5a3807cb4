import type { ContactForm, FieldErrors } from './types';

/** The errors of a contact form, by field (empty when it is valid). */
export function validateContact(form: ContactForm): FieldErrors<ContactForm> {
  const errors: FieldErrors<ContactForm> = {};
  if (!form.name.trim()) errors.name = 'Please enter your name.';
  if (!/^\S+@\S+\.\S+$/.test(form.email)) errors.email = 'Please enter a valid email address.';
  if (form.message.trim().length < 10) errors.message = 'Please write at least 10 characters.';
  return errors;
}
