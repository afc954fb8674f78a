export type Topic = 'sql' | 'django-orm';

/** Topics in the order the site lists them. */
export const topics: Topic[] = ['sql', 'django-orm'];

export function topicLabel(topic: Topic): string {
  return topic === 'sql' ? 'SQL' : 'Django ORM';
}
