"""Places a description names beside a role: countries, US states and Canadian
provinces, Russian republics whose names do not decline, and the words that make a name
a territory ("the Pas-de-Calais region").
A place is where someone works or comes from, never the body they speak for."""

from __future__ import annotations

from .base import words

# Compared folded to lower case, each name with its words joined by single spaces.
_COUNTRIES = """
afghanistan albania algeria andorra angola argentina armenia australia austria
azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan
bolivia bosnia botswana brazil britain brunei bulgaria burkina_faso burundi cambodia
cameroon canada chad chile china colombia comoros congo costa_rica croatia cuba cyprus
czechia czech_republic denmark djibouti dominica dominican_republic ecuador egypt
el_salvador england eritrea estonia eswatini ethiopia europe fiji finland france gabon
gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras
hong_kong hungary iceland india indonesia iran iraq ireland israel italy ivory_coast
jamaica japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon
lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia
maldives mali malta mauritania mauritius mexico moldova monaco mongolia montenegro
morocco mozambique myanmar namibia nepal netherlands new_zealand nicaragua niger
nigeria north_korea north_macedonia northern_ireland norway oman pakistan palestine
panama paraguay peru philippines poland portugal qatar romania russia rwanda
saudi_arabia scotland senegal serbia sierra_leone singapore slovakia slovenia somalia
south_africa south_korea south_sudan spain sri_lanka sudan suriname sweden
switzerland syria taiwan tajikistan tanzania thailand togo tunisia turkey
turkmenistan uganda ukraine united_arab_emirates uae united_kingdom uk united_states
us usa uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe africa asia
latin_america middle_east the_americas the_balkans scandinavia the_caribbean
"""
_STATES = """
alabama alaska arizona arkansas california colorado connecticut delaware florida
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
massachusetts michigan minnesota mississippi missouri montana nebraska nevada
new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma
oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah
vermont virginia washington_state west_virginia wisconsin wyoming alberta
british_columbia manitoba new_brunswick newfoundland nova_scotia ontario quebec
saskatchewan new_south_wales queensland tasmania western_australia
south_australia northern_territory baden-württemberg bavaria brandenburg
lower_saxony mecklenburg-vorpommern mecklenburg-western_pomerania
north_rhine-westphalia rhineland-palatinate saarland saxony saxony-anhalt
schleswig-holstein thuringia tyrol carinthia styria catalonia andalusia galicia
basque_country lombardy tuscany sicily sardinia flanders wallonia normandy
марий_эл тыва коми саха
"""

PLACES = frozenset(name.replace("_", " ") for name in words(_COUNTRIES + _STATES))

# "the Pas-de-Calais region", "Kherson oblast": a name made a territory by its last word.
PLACE_KINDS = frozenset(
    words("region province county prefecture oblast territory canton district governorate")
)

# Kinds of street ending an English street's name ("Broad Street"), which is no person's
STREET_KINDS = frozenset(words("street road avenue square boulevard terrace crescent"))
