import { getTranslations } from 'next-intl/server';

type Schema = { type?: string | string[]; enum?: unknown[]; items?: Schema; minimum?: number; maximum?: number; pattern?: string; maxLength?: number; properties?: Record<string, Schema>; required?: string[]; anyOf?: Schema[] };
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema: Schema };
type Answer = { description: string; content?: Record<string, unknown> };
export type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: Parameter[];
  security?: unknown[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, Answer>;
};

/** A schema's values in a line: its choices, or its type and bounds. */
function values(schema: Schema): string {
  if (schema.enum) return schema.enum.map(String).join(' · ');
  if (schema.items) return `[${values(schema.items)}]`;
  if (schema.anyOf) return schema.anyOf.map(values).join(' | ');
  const bounds = [schema.minimum !== undefined ? `≥ ${schema.minimum}` : '', schema.maximum !== undefined ? `≤ ${schema.maximum}` : '', schema.maxLength !== undefined ? `≤ ${schema.maxLength} chars` : '', schema.pattern ?? ''].filter(Boolean);
  return [Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? ''), ...bounds].filter(Boolean).join(', ');
}

/** One endpoint as a reader sees it: what it does, its parameters, its body and its answers. */
export async function OperationDoc({ method, path, operation }: { method: string; path: string; operation: Operation }) {
  const t = await getTranslations('apiDocs');
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody?.content['application/json']?.schema;
  const cell = 'border-b border-zinc-200 px-2 py-1 align-top dark:border-zinc-800';
  return (
    <section aria-labelledby={operation.operationId} className="space-y-2 border-t border-zinc-300 pt-4 dark:border-zinc-700">
      <h3 id={operation.operationId} className="break-all font-mono text-base">
        <span className="mr-2 rounded bg-zinc-200 px-1.5 text-sm font-semibold dark:bg-zinc-800">{method.toUpperCase()}</span>{' '}
        {path}
      </h3>
      <p className="font-medium">{operation.summary}</p>
      {operation.description ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{operation.description}</p> : null}
      {operation.security ? <p className="text-sm">{t('signedIn')}</p> : null}
      {parameters.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="text-left font-semibold">{t('parametersHeading')}</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>{t('columns.parameter')}</th>
                <th scope="col" className={cell}>{t('columns.in')}</th>
                <th scope="col" className={cell}>{t('columns.description')}</th>
                <th scope="col" className={cell}>{t('columns.values')}</th>
              </tr>
            </thead>
            <tbody>
              {parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`}>
                  <th scope="row" className={`${cell} font-mono`}>
                    {p.name}
                    {p.required ? <span className="block text-xs font-normal">{t('columns.required')}</span> : null}
                  </th>
                  <td className={cell}>{p.in}</td>
                  <td className={cell}>{p.description}</td>
                  <td className={`${cell} break-words font-mono text-xs`}>{values(p.schema)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {body?.properties ? (
        <div>
          <p className="text-sm font-semibold">{t('bodyHeading')}</p>
          <ul className="list-disc pl-5 text-sm">
            {Object.entries(body.properties).map(([name, schema]) => (
              <li key={name}>
                <code>{name}</code>
                {body.required?.includes(name) ? ` (${t('columns.required')})` : ''}: <span className="font-mono text-xs">{values(schema)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <p className="text-sm font-semibold">{t('responsesHeading')}</p>
        <dl className="grid grid-cols-[4rem_1fr] gap-x-2 text-sm">
          {Object.entries(operation.responses).map(([status, answer]) => (
            <div key={status} className="contents">
              <dt className="font-mono">{status}</dt>
              <dd>
                {answer.description}
                {answer.content ? <span className="ml-1 font-mono text-xs text-zinc-600 dark:text-zinc-400">({Object.keys(answer.content).join(', ')})</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
