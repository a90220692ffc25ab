/** A field's errors, announced politely and tied to its input by id (aria-describedby). */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <p id={id} aria-live="polite" className="min-h-0 text-sm text-red-700 dark:text-red-300">
      {errors?.join(' ')}
    </p>
  );
}
