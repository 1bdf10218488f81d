import { z } from 'astro/zod';
import { KEBAB } from '../shared/kebab';

/** One entry of `content/topics.yaml`, the controlled vocabulary of claim topics. */
const TopicSchema = z.strictObject({
	/** Kebab-case; claims name topics by it and `/claims/#topic-<id>` links to it. */
	id: z.string().regex(new RegExp(`^${KEBAB}$`), { error: 'a kebab-case id, e.g. "nato-relations"' }),
	/** Short label shown on claims and as a heading in the claims index. */
	label: z.string().trim().min(1),
	/** One sentence saying what belongs under the topic. */
	description: z.string().trim().min(1),
});

export const TopicsSchema = z.array(TopicSchema).min(1);
export type Topic = z.infer<typeof TopicSchema>;
