import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Search as people type it, through HTTP into PostgreSQL: a register-like set of organisations (capitals, curly
 * apostrophes, accents, `&`, `St.`, numbers and postcodes as registers print them) and the queries staff type for
 * them — typos, words out of order, punctuation left out. Each must put its organisation in the first 3 results;
 * the queries that must find nothing find nothing. The figures of the whole run are printed at the end.
 */
interface Organisation {
  key: string;
  name: string;
  legalName?: string;
  alternativeNames?: string[];
  website?: string;
  companyNumber?: string;
  charityNumber?: string;
  postcode?: string;
}

const ORGANISATIONS: Organisation[] = [
  { key: 'womens', name: 'Liverpool Women’s NHS Foundation Trust', postcode: 'L8 7SS', alternativeNames: ['Liverpool Women’s Hospital'] },
  { key: 'alder', name: 'Alder Hey Children’s NHS Foundation Trust', postcode: 'L14 5AB', website: 'https://www.alderhey.nhs.uk' },
  { key: 'stjohns', name: 'St. John’s Centre', postcode: 'L1 1LY' },
  { key: 'sthelens-rugby', name: 'Saint Helens Rugby League Club', postcode: 'WA9 3AL' },
  { key: 'african', name: 'African & Caribbean Heritage Group', charityNumber: '1098765' },
  { key: 'bean', name: 'Bean and Brush Café', postcode: 'CH41 5DR' },
  { key: 'birkenhead-garden', name: 'Birkenhead Garden Centre Ltd', companyNumber: '07962245' },
  { key: 'birkenhead-park', name: 'Friends of Birkenhead Park', charityNumber: '1123456' },
  { key: 'foodbank', name: 'Wirral Food Bank', website: 'https://wirral.foodbank.org.uk', charityNumber: '1145678' },
  { key: 'north-foodbank', name: 'North Liverpool Foodbank', postcode: 'L4 0TH' },
  { key: 'knowsley-cvs', name: 'Knowsley Council for Voluntary Service', alternativeNames: ['Knowsley CVS'] },
  { key: 'sefton-cvs', name: 'Sefton CVS', legalName: 'Sefton Council for Voluntary Service', charityNumber: '1147311' },
  { key: 'halton-housing', name: 'Halton Housing Trust Limited', companyNumber: '05366751', postcode: 'WA8 7BW' },
  { key: 'lhc', name: 'Liverpool Heart and Chest Hospital NHS Foundation Trust', alternativeNames: ['LHCH'] },
  { key: 'everton', name: 'Everton in the Community Trust', charityNumber: '1099366' },
  { key: 'lfc', name: 'LFC Foundation', legalName: 'Liverpool Football Club Foundation', charityNumber: '1082496' },
  { key: 'tate', name: 'Tate Liverpool', postcode: 'L3 4BB' },
  { key: 'fact', name: 'FACT (Foundation for Art and Creative Technology)', postcode: 'L1 4DQ' },
  { key: 'unity', name: 'Unity Theatre', postcode: 'L1 9BG' },
  { key: 'citizens-advice', name: 'Citizens Advice Liverpool', companyNumber: '3141500' },
  { key: 'mersey-care', name: 'Mersey Care NHS Foundation Trust', website: 'https://www.merseycare.nhs.uk' },
  { key: 'merseytravel', name: 'Merseytravel', legalName: 'Liverpool City Region Combined Authority (Merseytravel)' },
  { key: 'shelter', name: 'Shelter Merseyside Hub', postcode: 'L2 2DP' },
  { key: 'whitechapel', name: 'The Whitechapel Centre', charityNumber: '1010359' },
  { key: 'toxteth-tv', name: 'Toxteth TV', companyNumber: 'SC654321' },
  { key: 'kensington', name: 'Kensington Regeneration C.I.C.', companyNumber: '06543210' },
  { key: 'lgbt', name: 'LGBT+ Community Network', postcode: 'L1 0AB' },
  { key: 'age-concern', name: 'Age Concern Liverpool & Sefton', charityNumber: '1119509' },
  { key: 'st-helens-college', name: 'St Helens College', postcode: 'WA10 1PP' },
  { key: 'wirral-met', name: 'Wirral Metropolitan College', website: 'https://www.wmc.ac.uk' },
  { key: 'hope', name: 'Liverpool Hope University', website: 'https://www.hope.ac.uk' },
  { key: 'ljmu', name: 'Liverpool John Moores University', alternativeNames: ['LJMU'] },
  { key: 'bootle', name: 'Bootle YMCA', postcode: 'L20 3AB' },
  { key: 'crosby', name: 'Crosby Lakeside Adventure Centre', postcode: 'L23 6AA' },
  { key: 'garston', name: 'Garston Adventure Playground', charityNumber: '519564' },
  { key: 'zoe', name: 'Zoë’s Place Baby Hospice', charityNumber: '1015607' },
  { key: 'cafe-seven', name: 'Café Seven Toxteth', postcode: 'L8 1TE' },
  { key: 'hospice', name: 'Marie Curie Hospice Liverpool', postcode: 'L25 8QA' },
  { key: 'surgery-a', name: 'THE SURGERY', legalName: 'The Surgery, Aintree Road', postcode: 'L9 1AB' },
  { key: 'surgery-b', name: 'THE SURGERY', legalName: 'The Surgery, Brighton Street', postcode: 'CH44 6QJ' },
  { key: 'oneills', name: 'O’Neill’s Community Garage', postcode: 'L13 1AA' },
  { key: 'mcdonald', name: 'MacDonald Family Trust', charityNumber: '1170001' },
  { key: 'sthelens-council', name: 'St Helens Borough Council', website: 'https://www.sthelens.gov.uk' },
];

/** Query, the organisation it must find in the first 3, and what it exercises. */
const FINDS: [string, string, string][] = [
  ['liverpool womens', 'womens', 'apostrophe left out'],
  ['Liverpool Women’s', 'womens', 'curly apostrophe'],
  ["Liverpool Women's", 'womens', 'straight apostrophe'],
  ['womens hospital', 'womens', 'alternative name'],
  ['St Johns Centre', 'stjohns', 'St. and apostrophe left out'],
  ['saint johns', 'stjohns', 'Saint for St.'],
  ['st helens rugby', 'sthelens-rugby', 'St for Saint'],
  ['African and Caribbean', 'african', '& typed as and'],
  ['african & caribbean heritage', 'african', '& as printed'],
  ['Bean and Brush Cafe', 'bean', 'accent left out'],
  ['bean & brush café', 'bean', 'accent and &'],
  ['birkenhed', 'birkenhead-garden', 'typo'],
  ['birkenhead garden', 'birkenhead-garden', 'prefix'],
  ['garden birkenhead', 'birkenhead-garden', 'words out of order'],
  ['park birkenhead friends', 'birkenhead-park', 'three words out of order'],
  ['wirral foodbank', 'foodbank', 'website domain'],
  ['food bank wirral', 'foodbank', 'order'],
  ['north liverpool food bank', 'north-foodbank', 'two words for one'],
  ['knowsley cvs', 'knowsley-cvs', 'abbreviation as alternative name'],
  ['sefton council for voluntary service', 'sefton-cvs', 'legal name'],
  ['halton housing', 'halton-housing', 'suffix left out'],
  ['05366751', 'halton-housing', 'company number'],
  ['5366751', 'halton-housing', 'company number that lost its zero'],
  ['07962245', 'birkenhead-garden', 'company number'],
  ['7962245', 'birkenhead-garden', 'company number without its zero'],
  ['SC654321', 'toxteth-tv', 'Scottish company number'],
  ['sc 654321', 'toxteth-tv', 'company number with a space'],
  ['1098765', 'african', 'charity number'],
  ['1145678', 'foodbank', 'charity number'],
  ['L8 7SS', 'womens', 'postcode'],
  ['l87ss', 'womens', 'postcode without its space'],
  ['WA8 7BW', 'halton-housing', 'postcode'],
  ['ch415dr', 'bean', 'postcode without its space'],
  ['LHCH', 'lhc', 'initials as alternative name'],
  ['heart and chest', 'lhc', 'middle of the name'],
  ['liverpool heart & chest', 'lhc', '&'],
  ['everton community', 'everton', 'word left out'],
  ['liverpool football club', 'lfc', 'legal name'],
  ['alderhey', 'alder', 'website domain'],
  ['alder hey childrens', 'alder', 'apostrophe'],
  ['merseycare', 'mersey-care', 'two words run together'],
  ['combined authority', 'merseytravel', 'legal name'],
  ['whitechapel', 'whitechapel', 'one word'],
  ['kensington regeneration cic', 'kensington', 'C.I.C. typed without points'],
  ['lgbt community', 'lgbt', 'plus sign left out'],
  ['age concern liverpool and sefton', 'age-concern', '& typed as and'],
  ['john moores', 'ljmu', 'middle of the name'],
  ['ljmu', 'ljmu', 'abbreviation'],
  ['zoes place', 'zoe', 'diaeresis and apostrophe'],
  ['zoe’s place hospice', 'zoe', 'curly apostrophe'],
  ['cafe seven', 'cafe-seven', 'accent'],
  ['marie curie', 'hospice', 'prefix'],
  ['oneills garage', 'oneills', 'two apostrophes'],
  ['o neills community', 'oneills', 'apostrophe as a space'],
  ['the surgery aintree', 'surgery-a', 'repeated name told apart by the legal name'],
  ['the surgery brighton street', 'surgery-b', 'repeated name told apart by the legal name'],
  ['st helens college', 'st-helens-college', 'St'],
  ['saint helens borough', 'sthelens-council', 'Saint'],
  ['liverpool hope', 'hope', 'prefix'],
  ['crosby lakeside', 'crosby', 'prefix'],
  ['garston adventure', 'garston', 'prefix'],
  ['wirral metropolitan', 'wirral-met', 'prefix'],
  ['liverpol hope', 'hope', 'typo'],
  ['whitechaple centre', 'whitechapel', 'typo'],
  ['knowsly council voluntary', 'knowsley-cvs', 'typo and words left out'],
  ['metropolitan college wirral', 'wirral-met', 'order'],
  ['hospice zoes', 'zoe', 'order'],
  ['macdonald', 'mcdonald', 'one word'],
  ['toxteth', 'toxteth-tv', 'a place name in two names'],
  ['unity theater', 'unity', 'American spelling'],
];

/** Queries that must find none of the set: near words, other places, numbers nobody has. */
const FINDS_NOTHING: string[] = [
  'manchester',
  'leeds city council',
  'birmingham foodbank',
  'zzzz',
  '99999999',
  'M1 1AE',
  'accountancy',
  'dental practice',
  'brewery',
  'primary school',
];

describe('partner search as people type', () => {
  let app: TestApp;
  let token: string;
  const tag = `search-${randomUUID().slice(0, 8)}`;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.tokenFor('officer');
    for (const org of ORGANISATIONS) {
      const { key, ...fields } = org;
      const res = await app.http().post('/api/v1/partners').set('authorization', `Bearer ${token}`)
        .send({ kind: 'charity', area: 'liverpool', tags: [tag], confirmNotDuplicate: true, ...fields }).expect(201);
      ids.set(key, (res.body as { id: string }).id);
    }
  });
  afterAll(() => app.close());

  /** The first page's partner ids for `q` within this file's set (the tag keeps other files' partners out). */
  const search = async (q: string): Promise<string[]> => {
    const res = await app.http().get('/api/v1/partners').query({ q, tag, limit: 10 }).set('authorization', `Bearer ${token}`).expect(200);
    return (res.body as { items: { id: string }[] }).items.map((item) => item.id);
  };
  const keyOf = (id: string): string => [...ids].find(([, value]) => value === id)?.[0] ?? id;

  it(`finds the organisation meant in the first 3 results for each of ${FINDS.length} queries, and nothing for ${FINDS_NOTHING.length} others`, async () => {
    const missed: string[] = [];
    let firstPlace = 0;
    let returned = 0;
    let relevantReturned = 0;
    for (const [q, key, why] of FINDS) {
      const found = await search(q);
      returned += found.length;
      if (found.includes(ids.get(key) as string)) relevantReturned++;
      if (found[0] === ids.get(key)) firstPlace++;
      if (!found.slice(0, 3).includes(ids.get(key) as string)) missed.push(`"${q}" (${why}) → ${found.slice(0, 3).map(keyOf).join(', ') || 'nothing'}`);
    }
    const unexpected: string[] = [];
    for (const q of FINDS_NOTHING) {
      const found = await search(q);
      returned += found.length;
      if (found.length > 0) unexpected.push(`"${q}" → ${found.map(keyOf).join(', ')}`);
    }
    // Precision: of every result on the first pages, the share that was the organisation meant (one per query).
    const precision = relevantReturned / Math.max(returned, 1);
    const recall = relevantReturned / FINDS.length;
    process.stdout.write(
      `partner search: ${FINDS.length - missed.length}/${FINDS.length} in the first 3, ${firstPlace} first; ` +
        `first-page precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}; ${FINDS_NOTHING.length - unexpected.length}/${FINDS_NOTHING.length} found nothing\n`,
    );
    expect(missed).toEqual([]);
    expect(unexpected).toEqual([]);
  });

  it('ranks the name itself first, then names that start with the query, then the rest', async () => {
    const found = (await search('st helens')).map(keyOf);
    expect(found.slice(0, 3)).toEqual(expect.arrayContaining(['sthelens-rugby', 'st-helens-college', 'sthelens-council']));
    expect((await search('tate liverpool'))[0]).toBe(ids.get('tate'));
    expect((await search('Unity Theatre'))[0]).toBe(ids.get('unity'));
  });

  it('pages through search results in relevance order without repeating or skipping one', async () => {
    const all = (await app.http().get('/api/v1/partners').query({ q: 'liverpool', tag, limit: 100 }).set('authorization', `Bearer ${token}`).expect(200)).body as { items: { id: string }[] };
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await app.http().get('/api/v1/partners').query({ q: 'liverpool', tag, limit: 3, ...(cursor ? { cursor } : {}) }).set('authorization', `Bearer ${token}`).expect(200);
      const page = res.body as { items: { id: string }[]; nextCursor: string | null };
      paged.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(all.items.length).toBeGreaterThan(6);
    expect(paged).toEqual(all.items.map((item) => item.id));
  });

  it('sorts search results by name when asked, and counts what the search matches', async () => {
    const res = await app.http().get('/api/v1/partners').query({ q: 'liverpool', tag, sort: 'name', limit: 100 }).set('authorization', `Bearer ${token}`).expect(200);
    const names = (res.body as { items: { name: string }[] }).items.map((item) => item.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
    const count = await app.http().get('/api/v1/partners/count').query({ q: 'liverpool', tag }).set('authorization', `Bearer ${token}`).expect(200);
    expect((count.body as { count: number }).count).toBe(names.length);
  });

  it('finds a partner by another name it is known by, given later', async () => {
    const survivor = ids.get('unity') as string;
    const read = await app.http().get(`/api/v1/partners/${survivor}`).set('authorization', `Bearer ${token}`).expect(200);
    await app.http().patch(`/api/v1/partners/${survivor}`).set('authorization', `Bearer ${token}`).set('if-match', `"${(read.body as { version: number }).version}"`)
      .send({ alternativeNames: ['Unity Theatre Trust', ' unity theatre trust ', 'The Unity'] }).expect(200)
      .expect((res) => expect((res.body as { alternativeNames: string[] }).alternativeNames).toEqual(['Unity Theatre Trust', 'The Unity']));
    expect((await search('unity theatre trust'))[0]).toBe(survivor);
  });

  it('still finds a merged duplicate by its own name: it becomes one of the other names of the partner it went into', async () => {
    const admin = await app.tokenFor('admin');
    const duplicate = await app.http().post('/api/v1/partners').set('authorization', `Bearer ${token}`)
      .send({ name: 'Tate Gallery Liverpool Dock', kind: 'charity', area: 'liverpool', tags: [tag], confirmNotDuplicate: true }).expect(201);
    const survivor = ids.get('tate') as string;
    await app.http().post(`/api/v1/partners/${survivor}/merge`).set('authorization', `Bearer ${admin}`)
      .send({ duplicateId: (duplicate.body as { id: string }).id, reason: 'same gallery' }).expect(200);
    const merged = await app.http().get(`/api/v1/partners/${survivor}`).set('authorization', `Bearer ${token}`).expect(200);
    expect((merged.body as { alternativeNames: string[] }).alternativeNames).toContain('Tate Gallery Liverpool Dock');
    expect(await search('tate gallery dock')).toEqual([survivor]);
  });

  it('writes identifiers as the registers do: company numbers of 8 characters, postcodes with their space', async () => {
    const res = await app.http().post('/api/v1/partners').set('authorization', `Bearer ${token}`)
      .send({ name: 'Spreadsheet Mangled Ltd', kind: 'business-sme', area: 'wirral', companyNumber: '4012345', postcode: 'ch415dr', tags: [tag], confirmNotDuplicate: true })
      .expect(201);
    expect(res.body).toMatchObject({ companyNumber: '04012345', postcode: 'CH41 5DR' });
    const again = await app.http().post('/api/v1/partners').set('authorization', `Bearer ${token}`)
      .send({ name: 'Another Name Entirely', kind: 'business-sme', area: 'wirral', companyNumber: '04012345', tags: [tag] })
      .expect(409);
    expect((again.body as { code: string }).code).toBe('PARTNER.POSSIBLE_DUPLICATE');
    expect((await search('4012345'))[0]).toBe((res.body as { id: string }).id);
  });
});
