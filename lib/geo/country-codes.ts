// world-atlas names countries by their ISO 3166-1 numeric code; Ties by the alpha-2 code. This is
// the part of ISO 3166-1 the map draws (Europe, its neighbours and north-east Asia).
export const alpha2ByNumeric: Readonly<Record<string, string>> = {
  '008': 'AL', '020': 'AD', '031': 'AZ', '040': 'AT', '051': 'AM', '056': 'BE', '070': 'BA', '100': 'BG',
  '112': 'BY', '191': 'HR', '196': 'CY', '203': 'CZ', '208': 'DK', '233': 'EE', '234': 'FO', '246': 'FI',
  '248': 'AX', '250': 'FR', '268': 'GE', '276': 'DE', '292': 'GI', '300': 'GR', '304': 'GL', '348': 'HU',
  '352': 'IS', '372': 'IE', '380': 'IT', '428': 'LV', '438': 'LI', '440': 'LT', '442': 'LU', '470': 'MT',
  '492': 'MC', '498': 'MD', '499': 'ME', '528': 'NL', '578': 'NO', '616': 'PL', '620': 'PT', '642': 'RO',
  '643': 'RU', '674': 'SM', '688': 'RS', '703': 'SK', '705': 'SI', '724': 'ES', '752': 'SE', '756': 'CH',
  '792': 'TR', '804': 'UA', '807': 'MK', '826': 'GB', '336': 'VA',
  // North Africa and the Middle East, at the map's southern and eastern edges.
  '012': 'DZ', '504': 'MA', '788': 'TN', '434': 'LY', '818': 'EG', '376': 'IL', '275': 'PS', '400': 'JO',
  '422': 'LB', '760': 'SY', '368': 'IQ', '364': 'IR', '398': 'KZ', '682': 'SA',
  // North-east Asia, in the Korean inset.
  '410': 'KR', '408': 'KP', '392': 'JP', '156': 'CN', '496': 'MN', '158': 'TW',
};
