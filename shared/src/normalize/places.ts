// Place names seen in postings → ISO 3166-1 alpha-2 codes and region codes.
// Each row: CODE|name|aliases… (matched case-insensitively, punctuation-insensitive).

const COUNTRY_ROWS = `US|United States|United States of America|USA|U.S.A.|U.S.|America|Estados Unidos
GB|United Kingdom|UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland
CA|Canada
DE|Germany|Deutschland
FR|France
ES|Spain|España
IT|Italy|Italia
NL|Netherlands|The Netherlands|Holland|Nederland
BE|Belgium
CH|Switzerland|Schweiz|Suisse
AT|Austria|Österreich
IE|Ireland|Republic of Ireland
PT|Portugal
PL|Poland|Polska
CZ|Czech Republic|Czechia
SK|Slovakia
HU|Hungary
RO|Romania
BG|Bulgaria
GR|Greece
HR|Croatia
SI|Slovenia
RS|Serbia
UA|Ukraine
LT|Lithuania
LV|Latvia
EE|Estonia
FI|Finland
SE|Sweden
NO|Norway
DK|Denmark
IS|Iceland
LU|Luxembourg
MT|Malta
CY|Cyprus
TR|Turkey|Türkiye
IL|Israel
AE|United Arab Emirates|UAE
SA|Saudi Arabia
QA|Qatar
EG|Egypt
MA|Morocco
NG|Nigeria
KE|Kenya
GH|Ghana
ZA|South Africa
IN|India
PK|Pakistan
BD|Bangladesh
LK|Sri Lanka
NP|Nepal
CN|China|PRC
HK|Hong Kong
TW|Taiwan
JP|Japan
KR|South Korea|Korea|Republic of Korea
SG|Singapore
MY|Malaysia
TH|Thailand
VN|Vietnam|Viet Nam
PH|Philippines
ID|Indonesia
AU|Australia
NZ|New Zealand
MX|Mexico|México
BR|Brazil|Brasil
AR|Argentina
CL|Chile
CO|Colombia
PE|Peru
UY|Uruguay
CR|Costa Rica
PA|Panama
DO|Dominican Republic
GT|Guatemala
HT|Haiti
JM|Jamaica
PR|Puerto Rico
VE|Venezuela
EC|Ecuador
BO|Bolivia
PY|Paraguay
RU|Russia|Russian Federation
BY|Belarus
GE|Georgia (country)
AM|Armenia
KZ|Kazakhstan
TN|Tunisia`;

const US_STATES = `AL|Alabama
AK|Alaska
AZ|Arizona
AR|Arkansas
CA|California
CO|Colorado
CT|Connecticut
DE|Delaware
DC|District of Columbia|Washington DC|Washington D.C.
FL|Florida
GA|Georgia
HI|Hawaii
ID|Idaho
IL|Illinois
IN|Indiana
IA|Iowa
KS|Kansas
KY|Kentucky
LA|Louisiana
ME|Maine
MD|Maryland
MA|Massachusetts
MI|Michigan
MN|Minnesota
MS|Mississippi
MO|Missouri
MT|Montana
NE|Nebraska
NV|Nevada
NH|New Hampshire
NJ|New Jersey
NM|New Mexico
NY|New York State
NC|North Carolina
ND|North Dakota
OH|Ohio
OK|Oklahoma
OR|Oregon
PA|Pennsylvania
RI|Rhode Island
SC|South Carolina
SD|South Dakota
TN|Tennessee
TX|Texas
UT|Utah
VT|Vermont
VA|Virginia
WA|Washington State
WV|West Virginia
WI|Wisconsin
WY|Wyoming`;

const CA_PROVINCES = `AB|Alberta
BC|British Columbia
MB|Manitoba
NB|New Brunswick
NL|Newfoundland and Labrador|Newfoundland
NS|Nova Scotia
ON|Ontario
PE|Prince Edward Island
QC|Quebec|Québec
SK|Saskatchewan
NT|Northwest Territories
YT|Yukon
NU|Nunavut`;

// Cities that appear alone ("London", "Berlin") and whose country is unambiguous enough.
const CITY_ROWS = `US|San Francisco|SF|SF Bay Area|Bay Area|San Francisco Bay Area|Silicon Valley|LA|San Mateo|Redwood City|Beaverton|Hillsboro|New York|New York City|NYC|Los Angeles|Seattle|Boston|Chicago|Austin|Denver|Atlanta|Miami|Washington DC|Dallas|Houston|San Diego|San Jose|Palo Alto|Mountain View|Menlo Park|Sunnyvale|Santa Clara|Oakland|Portland|Philadelphia|Pittsburgh|Phoenix|Salt Lake City|Minneapolis|Detroit|Nashville|Raleigh|Charlotte|Baltimore|Brooklyn|Cambridge MA|Saint Louis|St. Louis|La Jolla|Pine Bluff|Troy|Riverside|Irvine|Boulder|Columbus|Indianapolis|Kansas City|Tampa|Orlando|Las Vegas|Sacramento|Arlington
GB|London|Manchester|Edinburgh|Glasgow|Bristol|Cambridge|Oxford|Birmingham|Leeds|Belfast|Cardiff|Liverpool
CA|Toronto|Vancouver|Montreal|Montréal|Ottawa|Calgary|Waterloo|Edmonton|Halifax|Quebec City
DE|Berlin|Munich|München|Hamburg|Frankfurt|Frankfurt am Main|Cologne|Köln|Stuttgart|Düsseldorf|Leipzig|Dresden|Nuremberg|Nürnberg|Hannover|Bonn
FR|Paris|Lyon|Marseille|Toulouse|Nantes|Bordeaux|Lille
NL|Amsterdam|Rotterdam|Utrecht|The Hague|Eindhoven
ES|Madrid|Barcelona|Valencia|Seville|Málaga
IT|Milan|Milano|Rome|Roma|Turin|Torino
IE|Dublin|Cork|Galway
PT|Lisbon|Lisboa|Porto
PL|Warsaw|Warszawa|Krakow|Kraków|Wroclaw|Wrocław|Gdansk|Gdańsk|Poznan|Poznań
CH|Zurich|Zürich|Geneva|Genève|Basel|Lausanne|Zug
AT|Vienna|Wien
BE|Brussels|Bruxelles|Antwerp
SE|Stockholm|Gothenburg|Malmö
DK|Copenhagen
NO|Oslo
FI|Helsinki
CZ|Prague|Praha|Brno
HU|Budapest
RO|Bucharest|Cluj-Napoca
GR|Athens
EE|Tallinn
LT|Vilnius
LV|Riga
UA|Kyiv|Kiev|Lviv
RS|Belgrade
BG|Sofia
HR|Zagreb
IL|Tel Aviv|Tel Aviv-Yafo|Jerusalem|Haifa|Herzliya
AE|Dubai|Abu Dhabi
IN|Bangalore|Bengaluru|Mumbai|Delhi|New Delhi|Hyderabad|Pune|Chennai|Gurgaon|Gurugram|Noida|Kolkata|Ahmedabad
SG|Singapore
JP|Tokyo|Osaka
KR|Seoul
CN|Beijing|Shanghai|Shenzhen|Guangzhou
HK|Hong Kong
TW|Taipei|Taipei City|Kaohsiung|Kaohsiung City|Hsinchu
AU|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra
NZ|Auckland|Wellington
BR|São Paulo|Sao Paulo|São Paolo|Sao Paolo|Rio de Janeiro|Belo Horizonte
MX|Mexico City|Ciudad de México|Guadalajara|Monterrey
AR|Buenos Aires
CO|Bogotá|Bogota|Medellín|Medellin
CL|Santiago
PE|Lima
PH|Manila|Metro Manila|Cebu
ID|Jakarta
VN|Ho Chi Minh City|Hanoi
TH|Bangkok
MY|Kuala Lumpur
ZA|Cape Town|Johannesburg
NG|Lagos
KE|Nairobi
EG|Cairo
TR|Istanbul
HT|Port-au-Prince
SA|Riyadh|Jeddah
QA|Doha
MA|Casablanca|Rabat
PK|Karachi|Lahore|Islamabad
BD|Dhaka
LK|Colombo`;

// States/provinces outside the US and Canada whose country is unambiguous.
const REGION_ROWS = `IN|Karnataka|Maharashtra|Telangana|Tamil Nadu|Haryana|Uttar Pradesh|West Bengal|Gujarat|Kerala|Andhra Pradesh|Rajasthan|Punjab India
AU|New South Wales|NSW|Victoria Australia|VIC|Queensland|QLD|Western Australia|South Australia|ACT|Tasmania
DE|Bavaria|Bayern|Baden-Württemberg|Hessen|Hesse|North Rhine-Westphalia|Nordrhein-Westfalen|NRW|Lower Saxony|Niedersachsen|Saxony|Sachsen
GB|West Yorkshire|Greater London|Greater Manchester|West Midlands
BR|São Paulo State|SP
MX|CDMX|Jalisco|Nuevo León
ES|Catalonia|Cataluña|Comunidad de Madrid
IT|Lombardy|Lombardia
FR|Île-de-France|Ile-de-France`;

/** Multi-country areas: kept as a location with no country. */
export const AREAS = [
  "Worldwide",
  "Anywhere",
  "Global",
  "Europe",
  "European Union",
  "EU",
  "EMEA",
  "APAC",
  "Asia",
  "Asia Pacific",
  "Americas",
  "North America",
  "South America",
  "Latin America",
  "LATAM",
  "Oceania",
  "Africa",
  "Middle East",
  "Nordics",
  "DACH",
  "Benelux",
  "Scandinavia",
  "CET",
  "UTC",
];

export const key = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[.'’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

function table(rows: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of rows.split("\n")) {
    const [code, ...names] = row.split("|");
    if (!code) continue;
    for (const n of names) map.set(key(n), code);
  }
  return map;
}

const COUNTRY_BY_NAME = table(COUNTRY_ROWS);
const COUNTRY_NAME = new Map(COUNTRY_ROWS.split("\n").map((r) => r.split("|").slice(0, 2) as [string, string]));
const US_BY_NAME = table(US_STATES);
const US_CODES = new Set(US_STATES.split("\n").map((r) => r.split("|")[0] as string));
const CA_BY_NAME = table(CA_PROVINCES);
const CA_CODES = new Set(CA_PROVINCES.split("\n").map((r) => r.split("|")[0] as string));
const CITY_COUNTRY = table(CITY_ROWS);
const REGION_COUNTRY = table(REGION_ROWS);
const AREA_KEYS = new Set(AREAS.map(key));
// ISO-3 codes that show up in feeds (Ashby's "USA", "GBR", "DEU").
const ISO3: Record<string, string> = {
  usa: "US",
  gbr: "GB",
  deu: "DE",
  can: "CA",
  fra: "FR",
  ind: "IN",
  aus: "AU",
  irl: "IE",
  nld: "NL",
  esp: "ES",
  bra: "BR",
  mex: "MX",
  che: "CH",
  pol: "PL",
  swe: "SE",
  isr: "IL",
  sgp: "SG",
  jpn: "JP",
  ita: "IT",
  prt: "PT",
};

/** "Germany", "DE", "USA", "U.S." → ISO-2; null when not a country. Two-letter inputs must be uppercase. */
export function countryCode(name: string): string | null {
  const k = key(name);
  if (!k) return null;
  const byName = COUNTRY_BY_NAME.get(k);
  if (byName) return byName;
  if (/^[A-Z]{2}$/.test(name.trim()) && COUNTRY_NAME.has(name.trim())) return name.trim();
  return ISO3[k] ?? null;
}

/** US state or Canadian province → {code, country}; two-letter inputs must be uppercase. */
export function subdivision(name: string): { code: string; country: "US" | "CA" } | null {
  const t = name.trim();
  if (/^[A-Z]{2}$/.test(t)) {
    if (US_CODES.has(t)) return { code: t, country: "US" };
    if (CA_CODES.has(t)) return { code: t, country: "CA" };
    return null;
  }
  const k = key(t);
  const us = US_BY_NAME.get(k) ?? (k === "new york" ? "NY" : k === "washington" ? "WA" : undefined);
  if (us) return { code: us, country: "US" };
  const ca = CA_BY_NAME.get(k);
  return ca ? { code: ca, country: "CA" } : null;
}

export const cityCountry = (city: string): string | null => CITY_COUNTRY.get(key(city)) ?? null;
export const isArea = (s: string): boolean => AREA_KEYS.has(key(s));

/** A state/province outside the US and Canada ("Karnataka", "Bavaria") → ISO-2. */
export const regionCountry = (region: string): string | null => REGION_COUNTRY.get(key(region)) ?? null;
