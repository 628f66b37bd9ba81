/**
 * Word lists and weights for the seeded partners and contacts. Names are built from these so that
 * trigram search and name sort meet a realistic spread: `food` matches about 3 % of partners, and
 * one place name starts about one name in thirty.
 */

/** Relative weights by reference code; every code must exist in the migrated reference data. */
export type Weights = Readonly<Record<string, number>>;

export const KIND_WEIGHTS: Weights = {
  'combined-authority': 1,
  'local-authority': 2,
  university: 2,
  'further-education-college': 2,
  school: 8,
  'business-sme': 18,
  'business-large': 6,
  'social-enterprise': 8,
  charity: 20,
  'voluntary-or-community-body': 14,
  'faith-organisation': 5,
  'trade-union': 1,
  'nhs-provider': 3,
  police: 1,
  'fire-and-rescue': 1,
  'other-public-body': 4,
  'national-or-international-organisation': 4,
};

export const AREA_WEIGHTS: Weights = {
  liverpool: 40,
  wirral: 14,
  sefton: 12,
  knowsley: 8,
  'st-helens': 8,
  halton: 6,
  'outside-the-region': 12,
};

/** Drawn 0–3 times per partner (duplicates collapse). */
export const PRIORITY_AREA_WEIGHTS: Weights = {
  'employment-and-skills': 14,
  'adult-education-budget': 4,
  'commercialisation-and-innovation': 6,
  'local-industrial-strategy': 4,
  'spatial-planning': 3,
  'eu-and-brexit': 1,
  'fairness-and-social-inclusion': 12,
  housing: 10,
  'energy-and-environment': 8,
  culture: 9,
  homelessness: 6,
  transport: 5,
  'health-and-wellbeing': 14,
};

/** Drawn 0–2 times per partner. */
export const THEME_WEIGHTS: Weights = {
  'people-and-skills': 5,
  'place-and-community': 4,
  'knowledge-and-impact': 2,
};

export const STATUS_WEIGHTS: Weights = { prospect: 20, active: 60, paused: 10, ended: 10 };

export const LAWFUL_BASIS_WEIGHTS: Weights = { 'legitimate-interests': 70, consent: 15, contract: 10, 'public-task': 5 };

export const PLACES = [
  'Liverpool', 'Merseyside', 'Wirral', 'Bootle', 'Everton', 'Anfield', 'Toxteth', 'Kirkby', 'Halewood', 'Speke',
  'Garston', 'Walton', 'Crosby', 'Southport', 'Widnes', 'Runcorn', 'Birkenhead', 'Wallasey', 'Prescot', 'Huyton',
  'St Helens', 'Aintree', 'Kensington', 'Dingle', 'Knotty Ash', 'Mersey', 'Northern', 'North West', 'Riverside',
  'Baltic', 'Wavertree', 'Allerton',
];

export const QUALITIES = [
  'Community', 'Independent', 'United', 'New', 'Open', 'Together', 'Bright', 'Good', 'Better', 'Fair', 'Positive',
  'Local', 'Neighbourhood', 'Creative', 'Young', 'Inclusive', 'Sustainable', 'Shared', 'Citizens', 'Waterfront',
];

export const FOCUSES = [
  'Food', 'Housing', 'Youth', 'Arts', 'Heritage', 'Health', 'Skills', 'Digital', 'Energy', 'Green', 'Science',
  'Music', 'Sports', 'Learning', 'Enterprise', 'Care', 'Family', 'Carers', 'Refugee', "Women's", 'Mental Health',
  'Employment', 'Transport', 'Maritime', 'Innovation', 'Climate', 'Literacy', 'Wellbeing', 'Faith', 'Veterans',
  'Theatre', 'Advice', 'Recovery', 'Gardening', 'Tenants',
];

export const ORGANISATION_TYPES = [
  'Trust', 'Bank', 'Network', 'Partnership', 'Foundation', 'Hub', 'Centre', 'Collective', 'Alliance', 'Forum',
  'Society', 'Association', 'Project', 'Group', 'Co-operative', 'Institute', 'Council', 'College', 'Academy',
  'Services', 'Solutions', 'Works', 'Exchange', 'Initiative',
];

/** Legal suffixes and articles that the normalised name drops; empty strings make most names go without. */
export const LEGAL_SUFFIXES = ['', '', '', '', '', 'Ltd', 'Limited', 'CIC', 'CIO', 'LLP', 'plc'];

export const TAGS = [
  'anchor', 'civic-university', 'net-zero', 'food-security', 'youth', 'digital-inclusion', 'volunteering',
  'placements', 'research', 'funding', 'events', 'social-value', 'procurement', 'apprenticeships', 'widening-access',
  'public-health', 'culture-liverpool', 'city-region', 'knowledge-exchange', 'community-wealth',
];

export const FIRST_NAMES = [
  'Amira', 'Ben', 'Chloe', 'Daniel', 'Ellie', 'Faisal', 'Grace', 'Harry', 'Isla', 'Jack', 'Kiran', 'Laura', 'Mohammed',
  'Niamh', 'Oliver', 'Priya', 'Quentin', 'Rosa', 'Sam', 'Tariq', 'Una', 'Vikram', 'Wendy', 'Xavier', 'Yasmin', 'Zoe',
  'Aled', 'Bethan', 'Ciaran', 'Deborah', 'Emeka', 'Fiona', 'Gareth', 'Hannah', 'Ifeoma', 'Joseph', 'Katie', 'Liam',
];

export const LAST_NAMES = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Roberts', 'Johnson',
  'Lewis', 'Walker', 'Robinson', 'Wood', 'Thompson', 'White', 'Watson', 'Jackson', 'Wright', 'Green', 'Harris',
  'Cooper', 'King', 'Lee', 'Martin', 'Clarke', 'James', 'Morgan', 'Hughes', 'Edwards', 'Hill', 'Moore', 'Clark',
  'Harrison', 'Scott', 'Young', 'Morris', 'Hall', 'Ward', 'Turner', 'Carter', 'Phillips', 'Mitchell', 'Patel',
  'Khan', 'Ali', 'Okafor', 'Nguyen', 'Murphy', "O'Brien", 'McDonald', 'Kelly', 'Doyle',
];

export const JOB_TITLES = [
  'Chief Executive', 'Director', 'Operations Manager', 'Partnerships Manager', 'Project Officer', 'Head of Research',
  'Community Engagement Lead', 'Trustee', 'Chair', 'Volunteer Coordinator', 'Business Development Manager',
  'Head of Policy', 'Programme Manager', 'Office Manager', 'Finance Director',
];

export const DESCRIPTIONS = [
  'Works across the city region with residents, schools and local employers.',
  'Runs weekly sessions and a drop-in service; interested in student placements and volunteering.',
  'A long-standing partner on research projects, evaluation and knowledge exchange.',
  'Small team with a large volunteer base; looking for help with funding bids and data.',
  'Delivers commissioned services and takes part in the city partnership board.',
];
