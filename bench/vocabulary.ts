/**
 * The fixed vocabulary of the synthetic corpora: words of the kind the real
 * analyses use, so Pagefind's index (word counts, stems, chunking) and the
 * pages' sizes behave as they would with real prose. Changing a list changes
 * every generated corpus, so keep it as it is to compare runs. The lists keep
 * ten words to a line (prettier-ignore): one per line would make a page of each.
 */
// prettier-ignore
export const PROPER = [
	'Moscow', 'Washington', 'Brussels', 'Beijing', 'Tashkent', 'Astana', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Kabul',
	'Yerevan', 'Minsk', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Uzbekistan', 'Turkmenistan', 'Afghanistan', 'Armenia', 'Belarus',
	'Russia', 'China', 'Europe', 'Eurasia', 'NATO', 'CSTO', 'SCO', 'OSCE', 'Kremlin', 'Pentagon',
	'Medvedev', 'Putin', 'Bordyuzha', 'Rasmussen', 'Nazarbaev', 'Rahmon', 'Bakiev', 'Karimov', 'Lavrov', 'Ban',
];

// prettier-ignore
export const NOUNS = [
	'agreement', 'alliance', 'ambition', 'analysis', 'approach', 'architecture', 'army', 'assessment', 'assistance', 'authority',
	'balance', 'base', 'bloc', 'border', 'budget', 'capability', 'center', 'challenge', 'charter', 'coalition',
	'command', 'commitment', 'community', 'competition', 'concern', 'conference', 'conflict', 'consensus', 'cooperation', 'corridor',
	'council', 'crisis', 'debate', 'declaration', 'defense', 'delegation', 'deployment', 'diplomacy', 'doctrine', 'dominance',
	'economy', 'effort', 'election', 'energy', 'engagement', 'exercise', 'expansion', 'force', 'framework', 'frontier',
	'government', 'guarantee', 'headquarters', 'influence', 'initiative', 'institution', 'integration', 'intelligence', 'interest', 'intervention',
	'leadership', 'legitimacy', 'mandate', 'market', 'meeting', 'membership', 'military', 'ministry', 'mission', 'network',
	'neutrality', 'officer', 'operation', 'opposition', 'order', 'organization', 'outcome', 'partner', 'partnership', 'peacekeeping',
	'pipeline', 'policy', 'position', 'power', 'pressure', 'priority', 'proposal', 'protocol', 'rapprochement', 'reform',
	'region', 'regime', 'relationship', 'reputation', 'resolution', 'response', 'rivalry', 'sanction', 'secretariat', 'security',
	'sovereignty', 'sphere', 'stability', 'strategy', 'structure', 'summit', 'supply', 'support', 'system', 'terrorism',
	'threat', 'trade', 'training', 'treaty', 'troops', 'trust', 'uncertainty', 'union', 'upheaval', 'vision',
	'water', 'weapon', 'withdrawal', 'arrangement', 'accord', 'consultation', 'contingent', 'deterrence', 'envoy', 'garrison',
];

// prettier-ignore
export const ADJECTIVES = [
	'regional', 'collective', 'strategic', 'diplomatic', 'military', 'political', 'economic', 'international', 'formal', 'informal',
	'new', 'old', 'broad', 'narrow', 'important', 'significant', 'modest', 'ambitious', 'cautious', 'decisive',
	'joint', 'bilateral', 'multilateral', 'Western', 'Russian', 'Chinese', 'Central', 'Asian', 'European', 'Eurasian',
	'permanent', 'temporary', 'effective', 'limited', 'growing', 'declining', 'recent', 'future', 'former', 'current',
	'sovereign', 'dependent', 'independent', 'practical', 'symbolic', 'legal', 'operational', 'rapid', 'slow', 'quiet',
	'open', 'secret', 'public', 'private', 'stable', 'fragile', 'peaceful', 'hostile', 'friendly', 'uneasy',
];

// prettier-ignore
export const VERBS = [
	'seeks', 'sought', 'wants', 'wanted', 'signs', 'signed', 'proposes', 'proposed', 'rejects', 'rejected',
	'supports', 'supported', 'opposes', 'opposed', 'strengthens', 'strengthened', 'weakens', 'weakened', 'recognizes', 'recognized',
	'promotes', 'promoted', 'limits', 'limited', 'expands', 'expanded', 'announces', 'announced', 'demands', 'demanded',
	'offers', 'offered', 'deploys', 'deployed', 'secures', 'secured', 'challenges', 'challenged', 'shapes', 'shaped',
	'undermines', 'undermined', 'confirms', 'confirmed', 'reflects', 'reflected', 'suggests', 'suggested', 'requires', 'required',
	'approves', 'approved', 'blocks', 'blocked', 'welcomes', 'welcomed', 'questions', 'questioned', 'considers', 'considered',
];

export const ADVERBS = [
	'quietly',
	'openly',
	'steadily',
	'reluctantly',
	'eagerly',
	'gradually',
	'repeatedly',
	'formally',
	'increasingly',
	'largely',
	'hardly',
	'probably',
	'clearly',
	'already',
	'still',
];

export const DETERMINERS = ['the', 'the', 'the', 'a', 'its', 'their', 'this', 'that', 'every', 'another', 'each'];

export const PREPOSITIONS = [
	'of',
	'in',
	'with',
	'for',
	'against',
	'beyond',
	'within',
	'toward',
	'across',
	'under',
	'among',
	'after',
	'before',
	'despite',
	'through',
];

export const CONJUNCTIONS = ['and', 'but', 'while', 'because', 'although', 'whereas', 'since', 'so'];

export const FIRST_NAMES = [
	'Roger',
	'Stephen',
	'Anna',
	'Marlene',
	'Dmitri',
	'Elena',
	'Martha',
	'Alexander',
	'Sergei',
	'Fiona',
	'Richard',
	'Olga',
	'Paul',
	'Nadia',
	'Thomas',
	'Irina',
];

export const LAST_NAMES = [
	'Hill',
	'Laruelle',
	'Cooley',
	'Weitz',
	'Trenin',
	'Olcott',
	'Rumer',
	'Baev',
	'Giles',
	'Allison',
	'Kassenova',
	'Starr',
	'Cornell',
	'Mankoff',
	'Blagov',
	'Petrov',
];

// prettier-ignore
export const PUBLISHERS = [
	{ name: 'Eurasia Security Review', shortName: 'ESR' },
	{ name: 'Central Asia Policy Forum', shortName: 'CAPF' },
	{ name: 'Institute for Regional Studies', shortName: 'IRS' },
	{ name: 'Caspian Affairs Quarterly', shortName: 'CAQ' },
];
