/**
 * Towns, cities and districts of Lower Saxony (Niedersachsen), as written in running text. It exists to give regional
 * context to abbreviations like NSGB, NLT and NST: a place from this list near one of them points to the Lower Saxon
 * association. Names that are also ordinary German words or are shared with places elsewhere are left out.
 * Plain data, sorted (German collation) and free of duplicates; see LOWER_SAXONY_PLACES_SOURCE.
 */
export const LOWER_SAXONY_PLACES_SOURCE =
  'Destatis, Gemeindeverzeichnis-Informationssystem GV-ISys, quarterly extract „Alle politisch selbständigen ' +
  'Gemeinden“ (AuszugGV4QAktuell, Gebietsstand 31.12.2020, population of 31.12.2019, e.g. Hannover 536,925), ' +
  'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/Administrativ/Archiv/GVAuszugQ/' +
  'AuszugGV4QAktuell.html, as the CSV in https://github.com/grundeinkommensbuero/backend/blob/' +
  'b4e64acdc1ac1a02ce8d7fb6720299ef162200c5/utils/analyseData/recentMunicipalityData/data/AuszugGV4QAktuell.csv ' +
  '(committed 2021-03-23). Filtered to Land 03 (Niedersachsen): every Kreis (37 Landkreise incl. Region Hannover, 8 ' +
  'kreisfreie Städte), every Stadt (159, the kreisfreie included) and every other Gemeinde with at least 5,000 ' +
  'inhabitants (185). Names as written in text: the suffix after the comma („, Stadt“, „, Hansestadt“) and the river ' +
  'in brackets dropped („Nienburg (Weser)“ → „Nienburg“, „Region Hannover“ → „Hannover“, „Bad Münder am Deister“ → ' +
  '„Bad Münder“); kept only in full where the short name is shared with other places: Buchholz in der Nordheide, ' +
  'Hagen am Teutoburger Wald, Hagen im Bremischen, Herzberg am Harz, Leer (Ostfriesland), Neustadt am Rübenberge, ' +
  'Rotenburg (Wümme). Left out as ordinary German words: Bergen, Bunde, Essen, Gleichen, Hatten, Jade, Leer, Lehre, ' +
  'Meine, Müden, Norden, Rosengarten, Sande, Stelle, Twist; as shared with other places: Gronau (Leine), ' +
  'Neuenkirchen, Staufenberg, Steinfeld (Oldenburg), Wustrow (Wendland); as common personal names: Achim, Holle, ' +
  'Lilienthal.';

// prettier-ignore
export const LOWER_SAXONY_PLACES: readonly string[] = [
  'Adelebsen', 'Adendorf', 'Aerzen', 'Ahlerstedt', 'Alfeld', 'Algermissen', 'Ammerland', 'Ankum', 'Apen', 'Auetal',
  'Aurich', 'Bad Bentheim', 'Bad Bevensen', 'Bad Essen', 'Bad Fallingbostel', 'Bad Gandersheim', 'Bad Grund',
  'Bad Harzburg', 'Bad Iburg', 'Bad Laer', 'Bad Lauterberg', 'Bad Münder', 'Bad Nenndorf', 'Bad Pyrmont',
  'Bad Rothenfelde', 'Bad Sachsa', 'Bad Salzdetfurth', 'Bad Zwischenahn', 'Bakum', 'Bardowick', 'Barnstorf',
  'Barsinghausen', 'Barßel', 'Bassum', 'Belm', 'Berne', 'Bersenbrück', 'Beverstedt', 'Bienenbüttel', 'Bispingen',
  'Bissendorf', 'Bleckede', 'Bockenem', 'Bockhorn', 'Bodenwerder', 'Bohmte', 'Borkum', 'Bösel', 'Bovenden', 'Brake',
  'Bramsche', 'Braunlage', 'Braunschweig', 'Bremervörde', 'Bruchhausen-Vilsen', 'Buchholz in der Nordheide',
  'Bückeburg', 'Burgdorf', 'Burgwedel', 'Butjadingen', 'Buxtehude', 'Calberlah', 'Cappeln', 'Celle',
  'Clausthal-Zellerfeld', 'Cloppenburg', 'Coppenbrügge', 'Cremlingen', 'Cuxhaven', 'Damme', 'Dannenberg', 'Dassel',
  'Delligsen', 'Delmenhorst', 'Diekholzen', 'Diepholz', 'Dinklage', 'Dissen', 'Dörpen', 'Dörverden', 'Dötlingen',
  'Dransfeld', 'Drochtersen', 'Duderstadt', 'Ebstorf', 'Edemissen', 'Edewecht', 'Einbeck', 'Elsfleth', 'Elze', 'Emden',
  'Emlichheim', 'Emmerthal', 'Emsbüren', 'Emsland', 'Emstek', 'Eschede', 'Eschershausen', 'Esens', 'Esterwegen',
  'Faßberg', 'Fredenbeck', 'Freren', 'Friedeburg', 'Friedland', 'Friesland', 'Friesoythe', 'Fürstenau', 'Ganderkesee',
  'Garbsen', 'Garrel', 'Geeste', 'Geestland', 'Gehrden', 'Georgsmarienhütte', 'Giesen', 'Gifhorn', 'Glandorf',
  'Gnarrenburg', 'Goldenstedt', 'Goslar', 'Göttingen', 'Grafschaft Bentheim', 'Grasberg', 'Großefehn', 'Großenkneten',
  'Großheide', 'Hage', 'Hagen am Teutoburger Wald', 'Hagen im Bremischen', 'Hambergen', 'Hambühren', 'Hameln',
  'Hameln-Pyrmont', 'Hann. Münden', 'Hannover', 'Hanstedt', 'Harburg', 'Hardegsen', 'Haren', 'Harsefeld', 'Harsum',
  'Hasbergen', 'Haselünne', 'Heidekreis', 'Helmstedt', 'Hemmingen', 'Hemmoor', 'Herzberg am Harz', 'Hessisch Oldendorf',
  'Hildesheim', 'Hilter', 'Himmelpforten', 'Hinte', 'Hitzacker', 'Hohenhameln', 'Holdorf', 'Holzminden', 'Horneburg',
  'Hoya', 'Hude', 'Ihlow', 'Ilsede', 'Isenbüttel', 'Isernhagen', 'Jesteburg', 'Jever', 'Jork', 'Kalefeld',
  'Katlenburg-Lindau', 'Kirchlinteln', 'Königslutter', 'Krummhörn', 'Laatzen', 'Lachendorf', 'Lamspringe',
  'Langelsheim', 'Langenhagen', 'Langwedel', 'Lastrup', 'Lathen', 'Leer (Ostfriesland)', 'Lehrte', 'Lemwerder',
  'Lengede', 'Liebenburg', 'Lingen', 'Lohne', 'Löningen', 'Loxstedt', 'Lüchow', 'Lüchow-Dannenberg', 'Lüneburg',
  'Meinersen', 'Melle', 'Meppen', 'Molbergen', 'Moormerland', 'Moringen', 'Munster', 'Neu Wulmstorf', 'Neuenhaus',
  'Neuenkirchen-Vörden', 'Neustadt am Rübenberge', 'Nienburg', 'Nienhagen', 'Nordenham', 'Norderney', 'Nordhorn',
  'Nordstemmen', 'Nörten-Hardenberg', 'Northeim', 'Obernkirchen', 'Oldenburg', 'Osnabrück', 'Ostercappeln', 'Osterholz',
  'Osterholz-Scharmbeck', 'Osterode', 'Ostrhauderfehn', 'Otterndorf', 'Ottersberg', 'Ovelgönne', 'Oyten', 'Papenburg',
  'Pattensen', 'Peine', 'Quakenbrück', 'Rastede', 'Rehburg-Loccum', 'Reppenstedt', 'Rethem', 'Rhauderfehn', 'Rinteln',
  'Ritterhude', 'Rodenberg', 'Ronnenberg', 'Rosdorf', 'Rotenburg (Wümme)', 'Rühen', 'Sachsenhagen', 'Salzbergen',
  'Salzgitter', 'Salzhemmendorf', 'Sarstedt', 'Sassenburg', 'Saterland', 'Schaumburg', 'Scheeßel', 'Schellerten',
  'Schiffdorf', 'Schladen-Werla', 'Schnackenburg', 'Schneverdingen', 'Schöningen', 'Schöppenstedt', 'Schortens',
  'Schüttorf', 'Schwanewede', 'Schwarmstedt', 'Schwülper', 'Seelze', 'Seesen', 'Seevetal', 'Sehnde', 'Sibbesse',
  'Sickte', 'Sittensen', 'Sögel', 'Söhlde', 'Soltau', 'Sottrum', 'Spelle', 'Springe', 'Stade', 'Stadland', 'Stadthagen',
  'Stadtoldendorf', 'Steyerberg', 'Stolzenau', 'Stuhr', 'Südbrookmerland', 'Südheide', 'Sulingen', 'Syke',
  'Thedinghausen', 'Tostedt', 'Twistringen', 'Uelsen', 'Uelzen', 'Uetze', 'Uplengen', 'Uslar', 'Varel', 'Vechelde',
  'Vechta', 'Verden', 'Visbek', 'Visselhövede', 'Wagenfeld', 'Wallenhorst', 'Walsrode', 'Wangerland', 'Wardenburg',
  'Wathlingen', 'Wedemark', 'Weener', 'Wendeburg', 'Wennigsen', 'Werlte', 'Wesendorf', 'Wesermarsch', 'Westerstede',
  'Westoverledingen', 'Weyhe', 'Wiefelstede', 'Wiesmoor', 'Wietmarschen', 'Wietze', 'Wildeshausen', 'Wilhelmshaven',
  'Winsen', 'Wittingen', 'Wittmund', 'Wolfenbüttel', 'Wolfsburg', 'Worpswede', 'Wrestedt', 'Wunstorf',
  'Wurster Nordseeküste', 'Zetel', 'Zeven',
];
