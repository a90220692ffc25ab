// A plain GET search form: the query joins the URL and the view's other choices ride along as
// hidden fields, so searching keeps filters and sort, and works without JavaScript.

type Props = {
  action: string;
  label: string;
  placeholder: string;
  submit: string;
  query?: string;
  /** The view's canonical query string: its filters, sort and view ride along; a new search starts at page 1. */
  view: string;
  inputClassName?: string;
  className?: string;
};

export function SearchForm({ action, label, placeholder, submit, query, view, inputClassName = 'w-full', className = 'flex flex-wrap items-end gap-2' }: Props) {
  return (
    <form role="search" aria-label={label} method="get" action={action} className={className}>
      <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
        <span className="font-medium">{label}</span>
        <input
          type="search"
          name="q"
          defaultValue={query ?? ''}
          placeholder={placeholder}
          maxLength={200}
          className={`${inputClassName} min-w-0 rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900`}
        />
      </label>
      {[...new URLSearchParams(view)].filter(([name]) => name !== 'q' && name !== 'page').map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="rounded border border-zinc-400 px-3 py-1 text-sm dark:border-zinc-600">
        {submit}
      </button>
    </form>
  );
}
