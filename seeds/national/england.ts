/**
 * The 150 children's services authorities of England in 2008, before the April 2009 structural changes.
 * Each row: GSS-style code | name | region | police force | year the authority took its 2008 form | council name.
 * Codes follow ONS practice (E10 counties, E06 unitaries, E08 metropolitan and E09 London boroughs); counties and
 * districts abolished in 2009 keep the codes ONS later gave them. Background knowledge, not from the sources.
 */
export const counties = `
E10000001|Bedfordshire|EE|Bedfordshire|1974
E10000002|Buckinghamshire|SE|Thames Valley|1974
E10000003|Cambridgeshire|EE|Cambridgeshire|1974
E10000004|Cheshire|NW|Cheshire|1974
E10000005|Cornwall|SW|Devon and Cornwall|1974
E10000006|Cumbria|NW|Cumbria|1974
E10000007|Derbyshire|EM|Derbyshire|1974
E10000008|Devon|SW|Devon and Cornwall|1974
E10000009|Dorset|SW|Dorset|1974
E10000010|Durham|NE|Durham|1974
E10000011|East Sussex|SE|Sussex|1974
E10000012|Essex|EE|Essex|1974
E10000013|Gloucestershire|SW|Gloucestershire|1974
E10000014|Hampshire|SE|Hampshire|1974
E10000015|Hertfordshire|EE|Hertfordshire|1974
E10000016|Kent|SE|Kent|1974
E10000017|Lancashire|NW|Lancashire|1974
E10000018|Leicestershire|EM|Leicestershire|1974
E10000019|Lincolnshire|EM|Lincolnshire|1974
E10000020|Norfolk|EE|Norfolk|1974
E10000021|Northamptonshire|EM|Northamptonshire|1974
E10000022|Northumberland|NE|Northumbria|1974
E10000023|North Yorkshire|YH|North Yorkshire|1974
E10000024|Nottinghamshire|EM|Nottinghamshire|1974
E10000025|Oxfordshire|SE|Thames Valley|1974
E10000026|Shropshire|WM|West Mercia|1974
E10000027|Somerset|SW|Avon and Somerset|1974
E10000028|Staffordshire|WM|Staffordshire|1974
E10000029|Suffolk|EE|Suffolk|1974
E10000030|Surrey|SE|Surrey|1974
E10000031|Warwickshire|WM|Warwickshire|1974
E10000032|West Sussex|SE|Sussex|1974
E10000033|Wiltshire|SW|Wiltshire|1974
E10000034|Worcestershire|WM|West Mercia|1974`;

export const unitaries = `
E06000001|Hartlepool|NE|Cleveland|1996|Hartlepool Borough Council
E06000002|Middlesbrough|NE|Cleveland|1996|Middlesbrough Council
E06000003|Redcar and Cleveland|NE|Cleveland|1996|Redcar and Cleveland Borough Council
E06000004|Stockton-on-Tees|NE|Cleveland|1996|Stockton-on-Tees Borough Council
E06000005|Darlington|NE|Durham|1997|Darlington Borough Council
E06000006|Halton|NW|Cheshire|1998|Halton Borough Council
E06000007|Warrington|NW|Cheshire|1998|Warrington Borough Council
E06000008|Blackburn with Darwen|NW|Lancashire|1998|Blackburn with Darwen Borough Council
E06000009|Blackpool|NW|Lancashire|1998|Blackpool Council
E06000010|Kingston upon Hull|YH|Humberside|1996|Hull City Council
E06000011|East Riding of Yorkshire|YH|Humberside|1996|East Riding of Yorkshire Council
E06000012|North East Lincolnshire|YH|Humberside|1996|North East Lincolnshire Council
E06000013|North Lincolnshire|YH|Humberside|1996|North Lincolnshire Council
E06000014|York|YH|North Yorkshire|1996|City of York Council
E06000015|Derby|EM|Derbyshire|1997|Derby City Council
E06000016|Leicester|EM|Leicestershire|1997|Leicester City Council
E06000017|Rutland|EM|Leicestershire|1997|Rutland County Council
E06000018|Nottingham|EM|Nottinghamshire|1998|Nottingham City Council
E06000019|Herefordshire|WM|West Mercia|1998|Herefordshire Council
E06000020|Telford and Wrekin|WM|West Mercia|1998|Telford and Wrekin Council
E06000021|Stoke-on-Trent|WM|Staffordshire|1997|Stoke-on-Trent City Council
E06000022|Bath and North East Somerset|SW|Avon and Somerset|1996|Bath and North East Somerset Council
E06000023|Bristol|SW|Avon and Somerset|1996|Bristol City Council
E06000024|North Somerset|SW|Avon and Somerset|1996|North Somerset Council
E06000025|South Gloucestershire|SW|Avon and Somerset|1996|South Gloucestershire Council
E06000026|Plymouth|SW|Devon and Cornwall|1998|Plymouth City Council
E06000027|Torbay|SW|Devon and Cornwall|1998|Torbay Council
E06000028|Bournemouth|SW|Dorset|1997|Bournemouth Borough Council
E06000029|Poole|SW|Dorset|1997|Borough of Poole
E06000030|Swindon|SW|Wiltshire|1997|Swindon Borough Council
E06000031|Peterborough|EE|Cambridgeshire|1998|Peterborough City Council
E06000032|Luton|EE|Bedfordshire|1997|Luton Borough Council
E06000033|Southend-on-Sea|EE|Essex|1998|Southend-on-Sea Borough Council
E06000034|Thurrock|EE|Essex|1998|Thurrock Council
E06000035|Medway|SE|Kent|1998|Medway Council
E06000036|Bracknell Forest|SE|Thames Valley|1998|Bracknell Forest Council
E06000037|West Berkshire|SE|Thames Valley|1998|West Berkshire Council
E06000038|Reading|SE|Thames Valley|1998|Reading Borough Council
E06000039|Slough|SE|Thames Valley|1998|Slough Borough Council
E06000040|Windsor and Maidenhead|SE|Thames Valley|1998|Royal Borough of Windsor and Maidenhead
E06000041|Wokingham|SE|Thames Valley|1998|Wokingham Borough Council
E06000042|Milton Keynes|SE|Thames Valley|1997|Milton Keynes Council
E06000043|Brighton and Hove|SE|Sussex|1997|Brighton and Hove City Council
E06000044|Portsmouth|SE|Hampshire|1997|Portsmouth City Council
E06000045|Southampton|SE|Hampshire|1997|Southampton City Council
E06000046|Isle of Wight|SE|Hampshire|1995|Isle of Wight Council
E06000053|Isles of Scilly|SW|Devon and Cornwall|1974|Council of the Isles of Scilly`;

export const metropolitanBoroughs = `
E08000001|Bolton|NW|Greater Manchester|1986|Bolton Council
E08000002|Bury|NW|Greater Manchester|1986
E08000003|Manchester|NW|Greater Manchester|1986|Manchester City Council
E08000004|Oldham|NW|Greater Manchester|1986
E08000005|Rochdale|NW|Greater Manchester|1986
E08000006|Salford|NW|Greater Manchester|1986|Salford City Council
E08000007|Stockport|NW|Greater Manchester|1986
E08000008|Tameside|NW|Greater Manchester|1986
E08000009|Trafford|NW|Greater Manchester|1986
E08000010|Wigan|NW|Greater Manchester|1986
E08000011|Knowsley|NW|Merseyside|1986
E08000012|Liverpool|NW|Merseyside|1986|Liverpool City Council
E08000013|St Helens|NW|Merseyside|1986
E08000014|Sefton|NW|Merseyside|1986
E08000015|Wirral|NW|Merseyside|1986
E08000016|Barnsley|YH|South Yorkshire|1986
E08000017|Doncaster|YH|South Yorkshire|1986
E08000018|Rotherham|YH|South Yorkshire|1986
E08000019|Sheffield|YH|South Yorkshire|1986|Sheffield City Council
E08000020|Gateshead|NE|Northumbria|1986|Gateshead Council
E08000021|Newcastle upon Tyne|NE|Northumbria|1986|Newcastle City Council
E08000022|North Tyneside|NE|Northumbria|1986|North Tyneside Council
E08000023|South Tyneside|NE|Northumbria|1986|South Tyneside Council
E08000024|Sunderland|NE|Northumbria|1986|Sunderland City Council
E08000025|Birmingham|WM|West Midlands|1986|Birmingham City Council
E08000026|Coventry|WM|West Midlands|1986|Coventry City Council
E08000027|Dudley|WM|West Midlands|1986
E08000028|Sandwell|WM|West Midlands|1986
E08000029|Solihull|WM|West Midlands|1986
E08000030|Walsall|WM|West Midlands|1986
E08000031|Wolverhampton|WM|West Midlands|1986|Wolverhampton City Council
E08000032|Bradford|YH|West Yorkshire|1986|City of Bradford Metropolitan District Council
E08000033|Calderdale|YH|West Yorkshire|1986|Calderdale Council
E08000034|Kirklees|YH|West Yorkshire|1986|Kirklees Council
E08000035|Leeds|YH|West Yorkshire|1986|Leeds City Council
E08000036|Wakefield|YH|West Yorkshire|1986|Wakefield Council`;

export const londonBoroughs = `
E09000001|City of London|LN|City of London|1965|City of London Corporation
E09000002|Barking and Dagenham|LN|Metropolitan|1965
E09000003|Barnet|LN|Metropolitan|1965
E09000004|Bexley|LN|Metropolitan|1965
E09000005|Brent|LN|Metropolitan|1965
E09000006|Bromley|LN|Metropolitan|1965
E09000007|Camden|LN|Metropolitan|1965
E09000008|Croydon|LN|Metropolitan|1965
E09000009|Ealing|LN|Metropolitan|1965
E09000010|Enfield|LN|Metropolitan|1965
E09000011|Greenwich|LN|Metropolitan|1965
E09000012|Hackney|LN|Metropolitan|1965
E09000013|Hammersmith and Fulham|LN|Metropolitan|1965
E09000014|Haringey|LN|Metropolitan|1965
E09000015|Harrow|LN|Metropolitan|1965
E09000016|Havering|LN|Metropolitan|1965
E09000017|Hillingdon|LN|Metropolitan|1965
E09000018|Hounslow|LN|Metropolitan|1965
E09000019|Islington|LN|Metropolitan|1965
E09000020|Kensington and Chelsea|LN|Metropolitan|1965|Royal Borough of Kensington and Chelsea
E09000021|Kingston upon Thames|LN|Metropolitan|1965|Royal Borough of Kingston upon Thames
E09000022|Lambeth|LN|Metropolitan|1965
E09000023|Lewisham|LN|Metropolitan|1965
E09000024|Merton|LN|Metropolitan|1965
E09000025|Newham|LN|Metropolitan|1965
E09000026|Redbridge|LN|Metropolitan|1965
E09000027|Richmond upon Thames|LN|Metropolitan|1965
E09000028|Southwark|LN|Metropolitan|1965
E09000029|Sutton|LN|Metropolitan|1965
E09000030|Tower Hamlets|LN|Metropolitan|1965
E09000031|Waltham Forest|LN|Metropolitan|1965
E09000032|Wandsworth|LN|Metropolitan|1965
E09000033|Westminster|LN|Metropolitan|1965|Westminster City Council`;
