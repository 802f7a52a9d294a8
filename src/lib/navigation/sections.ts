/** The site's sections, in navigation order; each link keeps the chosen area. */
export interface Section {
	path: string;
	label: string;
	/** What the section answers, shown on its page and in the navigation's title. */
	purpose: string;
	/** The prerendered report (works without JavaScript) with this section's published figures for every LA. */
	report?: { id: string; title: string };
}

const SCRUTINY_PACK = { id: 'scrutiny-pack', title: 'SEND scrutiny pack' };

export const SECTIONS: Section[] = [
	{
		path: '/',
		label: 'Overview',
		purpose: 'Headline EHC plan figures for a local authority beside England, its region and its statistical neighbours.',
		report: SCRUTINY_PACK
	},
	{
		path: '/needs',
		label: 'Needs',
		purpose: 'Which primary needs, ages and settings are growing or under-served, by LA, CCG and quadrant.',
		report: SCRUTINY_PACK
	},
	{
		path: '/waiting-times',
		label: 'Waiting times',
		purpose: 'Autism assessment waits compared across CCGs / sub-ICBs, age groups and time.',
		report: { id: 'autism-waiting-list', title: 'Autism assessment waiting list' }
	},
	{ path: '/post-19', label: '19–25', purpose: 'Who will need post-19 provision, and what is commissioned.', report: SCRUTINY_PACK },
	{
		path: '/exclusions',
		label: 'Exclusions & timeliness',
		purpose: 'Exclusions by SEN provision, statutory timeliness and record quality.',
		report: SCRUTINY_PACK
	},
	{
		path: '/money',
		label: 'Money',
		purpose: 'The Dedicated Schools Grant balance and high-needs spend on state and independent specialist places, against region and neighbours.'
	},
	{
		path: '/profile',
		label: 'Area profile',
		purpose:
			'Every indicator for a local authority on one page: against England and the range across LAs, quartile band, significance and direction of travel.',
		report: SCRUTINY_PACK
	},
	{ path: '/reports', label: 'Reports', purpose: 'Published reports for scrutiny committees: prerendered for every LA, printable as A4 committee papers.' },
	{ path: '/your-data', label: 'Your data', purpose: 'Which local extract is in use, and loading your own anonymised extract safely in the browser.' },
	{ path: '/about-data', label: 'About the data', purpose: 'Every dataset: source, licence, periods, rows and content hash.' }
];
