/**
 * The 238 shire districts of 2008, by county: the first district's E07 number, then the districts in code order
 * (ONS numbered them alphabetically within each county, except Bedfordshire). Background knowledge.
 */
const rows: [county: string, first: number, names: string][] = [
  ['E10000001', 1, 'Mid Bedfordshire|Bedford|South Bedfordshire'],
  ['E10000002', 4, 'Aylesbury Vale|Chiltern|South Bucks|Wycombe'],
  ['E10000003', 8, 'Cambridge|East Cambridgeshire|Fenland|Huntingdonshire|South Cambridgeshire'],
  ['E10000004', 13, 'Chester|Congleton|Crewe and Nantwich|Ellesmere Port and Neston|Macclesfield|Vale Royal'],
  ['E10000005', 19, 'Caradon|Carrick|Kerrier|North Cornwall|Penwith|Restormel'],
  ['E10000006', 26, 'Allerdale|Barrow-in-Furness|Carlisle|Copeland|Eden|South Lakeland'],
  [
    'E10000007',
    32,
    'Amber Valley|Bolsover|Chesterfield|Derbyshire Dales|Erewash|High Peak|North East Derbyshire|South Derbyshire',
  ],
  ['E10000008', 40, 'East Devon|Exeter|Mid Devon|North Devon|South Hams|Teignbridge|Torridge|West Devon'],
  ['E10000009', 48, 'Christchurch|East Dorset|North Dorset|Purbeck|West Dorset|Weymouth and Portland'],
  ['E10000010', 54, 'Chester-le-Street|Derwentside|Durham|Easington|Sedgefield|Teesdale|Wear Valley'],
  ['E10000011', 61, 'Eastbourne|Hastings|Lewes|Rother|Wealden'],
  [
    'E10000012',
    66,
    'Basildon|Braintree|Brentwood|Castle Point|Chelmsford|Colchester|Epping Forest|Harlow|Maldon|Rochford|Tendring|Uttlesford',
  ],
  ['E10000013', 78, 'Cheltenham|Cotswold|Forest of Dean|Gloucester|Stroud|Tewkesbury'],
  [
    'E10000014',
    84,
    'Basingstoke and Deane|East Hampshire|Eastleigh|Fareham|Gosport|Hart|Havant|New Forest|Rushmoor|Test Valley|Winchester',
  ],
  [
    'E10000015',
    95,
    'Broxbourne|Dacorum|East Hertfordshire|Hertsmere|North Hertfordshire|St Albans|Stevenage|Three Rivers|Watford|Welwyn Hatfield',
  ],
  [
    'E10000016',
    105,
    'Ashford|Canterbury|Dartford|Dover|Gravesham|Maidstone|Sevenoaks|Shepway|Swale|Thanet|Tonbridge and Malling|Tunbridge Wells',
  ],
  [
    'E10000017',
    117,
    'Burnley|Chorley|Fylde|Hyndburn|Lancaster|Pendle|Preston|Ribble Valley|Rossendale|South Ribble|West Lancashire|Wyre',
  ],
  [
    'E10000018',
    129,
    'Blaby|Charnwood|Harborough|Hinckley and Bosworth|Melton|North West Leicestershire|Oadby and Wigston',
  ],
  ['E10000019', 136, 'Boston|East Lindsey|Lincoln|North Kesteven|South Holland|South Kesteven|West Lindsey'],
  [
    'E10000020',
    143,
    "Breckland|Broadland|Great Yarmouth|King's Lynn and West Norfolk|North Norfolk|Norwich|South Norfolk",
  ],
  [
    'E10000021',
    150,
    'Corby|Daventry|East Northamptonshire|Kettering|Northampton|South Northamptonshire|Wellingborough',
  ],
  ['E10000022', 157, 'Alnwick|Berwick-upon-Tweed|Blyth Valley|Castle Morpeth|Tynedale|Wansbeck'],
  ['E10000023', 163, 'Craven|Hambleton|Harrogate|Richmondshire|Ryedale|Scarborough|Selby'],
  ['E10000024', 170, 'Ashfield|Bassetlaw|Broxtowe|Gedling|Mansfield|Newark and Sherwood|Rushcliffe'],
  ['E10000025', 177, 'Cherwell|Oxford|South Oxfordshire|Vale of White Horse|West Oxfordshire'],
  ['E10000026', 182, 'Bridgnorth|North Shropshire|Oswestry|Shrewsbury and Atcham|South Shropshire'],
  ['E10000027', 187, 'Mendip|Sedgemoor|South Somerset|Taunton Deane|West Somerset'],
  [
    'E10000028',
    192,
    'Cannock Chase|East Staffordshire|Lichfield|Newcastle-under-Lyme|South Staffordshire|Stafford|Staffordshire Moorlands|Tamworth',
  ],
  ['E10000029', 200, 'Babergh|Forest Heath|Ipswich|Mid Suffolk|St Edmundsbury|Suffolk Coastal|Waveney'],
  [
    'E10000030',
    207,
    'Elmbridge|Epsom and Ewell|Guildford|Mole Valley|Reigate and Banstead|Runnymede|Spelthorne|Surrey Heath|Tandridge|Waverley|Woking',
  ],
  ['E10000031', 218, 'North Warwickshire|Nuneaton and Bedworth|Rugby|Stratford-on-Avon|Warwick'],
  ['E10000032', 223, 'Adur|Arun|Chichester|Crawley|Horsham|Mid Sussex|Worthing'],
  ['E10000033', 230, 'Kennet|North Wiltshire|Salisbury|West Wiltshire'],
  ['E10000034', 234, 'Bromsgrove|Malvern Hills|Redditch|Worcester|Wychavon|Wyre Forest'],
];

export interface District {
  code: string;
  name: string;
}

/** Districts of each county, keyed by the county's code. */
export const districtsByCounty: ReadonlyMap<string, readonly District[]> = new Map(
  rows.map(([county, first, names]) => [
    county,
    names.split('|').map((name, index) => ({ code: `E07${String(first + index).padStart(6, '0')}`, name })),
  ]),
);
