export type Topic = 'sql' | 'django-orm';

export function topicLabel(topic: Topic): string {
  return topic === 'sql' ? 'SQL' : 'Django ORM';
}
