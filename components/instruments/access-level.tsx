import { getTranslations } from 'next-intl/server';

/** South Korea's access level with its plain-language definition. */
export async function AccessLevel({ level, size = 'sm' }: { level: string; size?: 'sm' | 'md' }) {
  const vocab = await getTranslations('vocab');
  return (
    <span className="block">
      <span className={`font-semibold ${size === 'md' ? 'text-base' : ''}`} data-access-level={level}>
        {vocab(`accessLevel.${level}`)}
      </span>
      <span className={`block text-zinc-700 dark:text-zinc-300 ${size === 'md' ? 'text-sm' : 'text-xs'}`}>
        {vocab(`accessLevelDefinition.${level}`)}
      </span>
    </span>
  );
}
