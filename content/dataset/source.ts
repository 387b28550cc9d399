import type { Figure, SeedLink, SourceDocument, Statement } from './types';

/** The seed: content/dataset/000_38b2dcca62b2e2ea.txt (a copy of the press release, kept as provenance). Everything in this file is quoted from it. */
export const SOURCE: SourceDocument = {
  title: '5. Jahre Bündnis „Niedersachsen packt an”',
  publisher: 'Unternehmerverbände Niedersachsen',
  date: '2020-11-30',
  dateLabel: '30.11.2020',
  kind: 'Pressemitteilung',
};

/** The 11 partner statements plus the anonymous network-survey quote, verbatim (the seed's line breaks are artefacts). */
export const STATEMENTS: readonly Statement[] = [
  {
    id: 'weil-1',
    speaker: 'stephan-weil',
    organisation: 'landesregierung',
    attribution: 'Ministerpräsident Stephan Weil',
    text: 'Wenn wir heute auf Niedersachsen insgesamt schauen, dann bin ich sehr dankbar. Wir haben ein großes Netz von entsprechenden Einrichtungen, Initiativen, Verbänden, wo sich Menschen um Menschen kümmern. Das ist die eigentliche Grundlage der Integration.',
  },
  {
    id: 'weil-2',
    speaker: 'stephan-weil',
    organisation: 'landesregierung',
    attribution: 'Ministerpräsident Weil',
    text: 'Die Projekte und persönlichen Geschichten der Menschen vor Ort zeigen, dass die Teilhabe der Zugewanderten in unserem Land vorangeht. Erste Erfolge können wir bereits an steigenden Beschäftigungszahlen ablesen. Wir haben gelernt, dass Integration viel Zeit, Geduld und Ausdauer benötigt. Auch die Geflüchteten selbst haben große Anstrengungen unternommen, um unsere Sprache zu lernen, in Schulen oder Betrieben Fuß zu fassen. Vielen ist das dank der tatkräftigen Hilfe und Begleitung durch vertraute Personen sehr gut gelungen. In allen Landesteilen und Regionen sind Initiativen entstanden und fest in unserer Gemeinschaft verwurzelt.',
  },
  {
    id: 'meister',
    speaker: 'ralf-meister',
    organisation: 'landeskirche-hannovers',
    attribution: 'Landesbischof Ralf Meister, Evangelisch-Lutherische Landeskirche Hannovers',
    text: '„Niedersachsen packt an“ war und ist eine wichtige Initiative und eine gute Allianz der Politik mit zivilgesellschaftlichen Kräften. Wir brauchten vor fünf Jahren „Niedersachsen packt an“, um Menschen, die in Not hierherkamen, aufzunehmen und ihnen zu helfen, sich zu integrieren. Wir brauchen „Niedersachsen packt an“ heute, weil wir es nach wie vor mit Fremdenfeindlichkeit, mit Islamophobie, mit Ausgrenzung, ja mit Rassismus zu tun haben. Und das braucht eine starke Allianz in ganz Niedersachsen, die von der Haltung geprägt ist: Jeder Mensch ist ein Geschöpf Gottes.',
  },
  {
    id: 'wilmer',
    speaker: 'heiner-wilmer',
    organisation: 'bistum-hildesheim',
    attribution: 'Dr. Heiner Wilmer SCJ, Bischof von Hildesheim',
    text: 'Das Bündnis „Niedersachsen packt an“ hat sich als Segen erwiesen, besonders während der Flüchtlingskrise. Die Kirchengemeinden, die Caritas und viele weitere kirchliche Initiativen haben mitgeholfen, geflüchteten Menschen die ersten Schritte fernab ihrer Heimat zu erleichtern. Inzwischen sind wir von einer Willkommenskultur zu einer Kultur der Begleitung übergangen, um Integration zu fördern. Dabei ist die Zusammenarbeit mit unseren Bündnispartnerinnen und -partnern gewachsen. Das macht uns für die Zukunft stark.',
  },
  {
    id: 'mueller',
    speaker: 'volker-mueller',
    organisation: 'uvn',
    attribution: 'Dr. Volker Müller, Hauptgeschäftsführer Unternehmerverbände Niedersachsen e. V.',
    text: 'Seit fünf Jahren gibt es nun „Niedersachsen packt an“ und seit fünf Jahren packen wir an und helfen geflüchteten Menschen in Niedersachsen, hier eine Bleibe zu finden. Wir helfen ihnen, dass sie in den Betrieben Fuß fassen, dass sie arbeiten können. Und es ist gelungen, dass über 30.000 Menschen inzwischen in Lohn und Brot sind. Sie sind wesentlicher Bestandteil der Belegschaften. Aber die Integration ist noch nicht beendet. Wir müssen weiter daran arbeiten. Wir haben gesehen, dass die Niedersachsen zusammenhalten, dass wir uns engagieren, dass geflüchtete Menschen integriert werden. Die Sprache zu erlernen ist und bleibt eine wesentliche Voraussetzung für die Integration. Und wenn wir diesen Weg weitergehen, bin ich sicher, dass wir die Integration unserer neuen Mitbürgerinnen und Mitbürger auch tatsächlich schaffen.',
  },
  {
    id: 'payandeh',
    speaker: 'mehrdad-payandeh',
    organisation: 'dgb-nbs',
    attribution:
      'Dr. Mehrdad Payandeh, Vorsitzender Deutscher Gewerkschaftsbund, Bezirk Niedersachsen – Bremen – Sachsen-Anhalt',
    text: 'Fünf Jahre „Niedersachsen packt an“ – das sind viele Geschichten von Frauen und Männern, die sich kennengelernt, anderen geholfen, hier bei uns ein neues Zuhause gefunden haben. Viele der Menschen, die vor fünf Jahren erste Hilfen bekommen haben, sind heute unsere Freundinnen und Freunde, unsere Kolleginnen und Kollegen. Das ist ein tolles Ergebnis! Als Einwanderungsland werden wir immer wieder Menschen bei uns haben, die neu zu uns kommen. Immer wieder brauchen wir dann Frauen und Männer, die sich Zeit nehmen und anderen dabei helfen, sich bei uns zu integrieren und ein neues Zuhause zu finden. Wenn man sich die Zustände in den Lagern Südeuropas vor Augen führt, weiß man, was zu tun ist: helfen, damit geflüchtete Menschen bei uns glücklich werden, und einen Beitrag dazu leisten, dieses Land zu ihrer neuen Heimat zu machen. Gemeinsam packen wir es an!',
  },
  {
    id: 'pfeiffer',
    speaker: 'johannes-pfeiffer',
    organisation: 'ba-rd-nsb',
    attribution:
      'Johannes Pfeiffer, Vorsitzender der Geschäftsführung, Bundesagentur für Arbeit, Regionaldirektion Niedersachsen – Bremen',
    text: 'Die Integration von geflüchteten Menschen in Arbeit oder Ausbildung hat gute Fortschritte gemacht. Dank des Einsatzes zahlreicher Akteurinnen und Akteure, darunter unsere Arbeitsagenturen und die Jobcenter, ist es vielen geflüchteten Menschen gelungen, ins Berufsleben einzusteigen. Das sind schöne Erfolge! 32.000 Menschen aus den Haupt-Asylherkunftsländern haben eine sozialversicherungspflichtige Beschäftigung aufgenommen. Außerdem hat fast jede/r zehnte Ausbildungsbewerberin und -bewerber einen Fluchthintergrund. Allerdings ist noch nicht jede/r so weit, weil die Sprachkenntnisse fehlen, oder weil die berufliche Qualifikation nicht passt. Diese Menschen brauchen unsere Unterstützung. Besonders am Herzen liegen mir geflüchtete Frauen, für die wir spezielle Angebote machen. Trotzdem gelingt es noch nicht so gut, diese Frauen zu erreichen. Integration in Arbeit und in die Gesellschaft hilft ja nicht nur den Betroffenen. Sie hilft auch der Wirtschaft. Der Fachkräftemangel ist nicht vorbei. Wir müssen Geduld haben, aber es lohnt sich.',
  },
  {
    id: 'trips',
    speaker: 'marco-trips',
    organisation: 'nsgb',
    attribution: 'Dr. Marco Trips, Präsident Niedersächsischer Städte- und Gemeindebund',
    text: 'Fünf Jahre Bündnis NIEDERSACHSEN PACKT AN bedeuten für den Niedersächsischen Städte- und Gemeindebund fünf Jahre Integration in unseren Städten und Gemeinden. Vor fünf Jahren haben wir uns große Sorgen gemacht, dass die Integration gelingen wird. Wir haben aber auch die großen Chancen gesehen, die sich uns bieten. So haben wir in unseren Städten und Gemeinden angepackt. Es wurden Ehrenamtliche koordiniert, Sozialarbeiter eingestellt, Sprachkurse abgehalten, Fahrradwerkstätten gegründet und vieles, vieles mehr. Haupt- und Ehrenamt haben an der Integration gearbeitet. Heute, fünf Jahre danach, sehen wir, dass es immer noch ein weiter Weg ist auf diesem Weg zur Integration. Dass wir aber auch schon eine ganze große Menge erreicht haben. Das Bündnis NIEDERSACHSEN PACKT AN bestärkt uns darin, immer mehr Chancen zu sehen als Risiken und anzupacken.',
  },
  {
    id: 'meyer',
    speaker: 'hubert-meyer',
    organisation: 'nlt',
    attribution:
      'Prof. Dr. Hubert Meyer, Geschäftsführendes Präsidiumsmitglied Niedersächsischer Landkreistag; Sprecher der AG KSV',
    text: 'Die Integration von über einer Million Menschen ist eine Mammutaufgabe. Wir haben sie in Niedersachsen beherzt angegangen und das Bündnis “Niedersachsen packt an“ hat dabei als breite Basis gesellschaftlicher Gruppen eine große Rolle gespielt. Die Gemeinden, Städte und Landkreise haben sich dieser Aufgabe sehr engagiert angenommen. Wir sind auf einem sehr guten Weg, aber wir sind noch nicht am Ziel. Wir glauben, dass Sprachförderung und dass die Integration in den Arbeitsmarkt eine bleibende Herausforderung auch in den kommenden Jahren sein wird. Und wir hoffen weiterhin auf die Unterstützung durch das Bündnis “Niedersachsen packt an“!',
  },
  {
    id: 'maedge',
    speaker: 'ulrich-maedge',
    organisation: 'nst',
    attribution: 'Ulrich Mädge, Präsident Niedersächsischer Städtetag',
    text: '„Niedersachsen packt an“ ist eine besondere Erfolgsgeschichte. Aus einer Idee sind viele Projekte und Initiativen entstanden, die den zu uns geflüchteten Menschen vor Ort konkret und erfolgreich helfen. Rund 150.000 geflüchtete Menschen leben heute mitten unter uns. Die Initiative ist auch deshalb so erfolgreich, weil hier haupt- und ehrenamtliche Akteurinnen und Akteure Hand in Hand auf verschiedenen Ebenen den Menschen konkrete Hilfestellungen bieten können. Die Integration der geflüchteten Menschen ist für uns eine Daueraufgabe auf allen Ebenen. Daher müssen wir unsere Kräfte auch weiterhin bündeln und weiter gemeinsam in eine Richtung schauen. Aus kommunaler Sicht müssen weiterhin „gute“ Integrations- und Rahmenbedingungen sowohl in städtischen Gebieten als auch in ländlichen Regionen geschaffen werden.',
  },
  {
    id: 'schroeder-koepf',
    speaker: 'doris-schroeder-koepf',
    organisation: 'migrationsbeauftragte',
    attribution: 'Doris Schröder-Köpf, Landesbeauftragte für Migration und Teilhabe zum Thema Integration',
    text: 'Die Integration der Menschen in Sprache, Arbeit und Bildung ist eine Grundvoraussetzung für deren Teilhabe und Zugehörigkeitsgefühl zu unserem Land. Sie ist es aber auch für den sozialen Frieden in unserer kulturell vielfältigen Gesellschaft, in der das Zusammenleben von Respekt, gegenseitigem Vertrauen und gemeinsamer Verantwortung geprägt ist.',
  },
  {
    id: 'netzwerkumfrage',
    speaker: null,
    organisation: 'alliance',
    attribution: 'Netzwerkumfrage, September 2020',
    text: 'Integration und Teilhabe der Zugewanderten sind Jahre- und jahrzehntelange Prozesse. Integration muss gesamtgesellschaftlich geleistet werden. Dafür braucht es das Bündnis auch weiterhin.',
  },
];

/** Key figures, each with the seed sentence it comes from and who gave it. */
export const FIGURES: readonly Figure[] = [
  {
    id: 'refugees',
    value: '150.000',
    label: 'geflüchtete Menschen leben heute in Niedersachsen (rund)',
    sentence: 'Rund 150.000 geflüchtete Menschen leben heute in Niedersachsen.',
    speaker: null,
  },
  {
    id: 'supporters-people',
    value: '2.690',
    label: 'Einzelpersonen stehen hinter dem Bündnis (mehr als)',
    sentence: 'Mehr als 2.690 Einzelpersonen und 340 Organisationen stehen hinter dem Bündnis.',
    speaker: null,
  },
  {
    id: 'supporters-organisations',
    value: '340',
    label: 'Organisationen stehen hinter dem Bündnis',
    sentence: 'Mehr als 2.690 Einzelpersonen und 340 Organisationen stehen hinter dem Bündnis.',
    speaker: null,
  },
  {
    id: 'survey-80',
    value: '80 %',
    label:
      'der Befragten halten das Bündnis auch künftig für sehr wichtig bis wichtig (Netzwerkumfrage, September 2020)',
    sentence:
      'Wie eine Netzwerkumfrage im September dieses Jahres ergab, halten 80 % der Befragten das Bündnis auch künftig für sehr wichtig bis wichtig.',
    speaker: null,
  },
  {
    id: 'in-work',
    value: '30.000',
    label: 'Menschen sind inzwischen in Lohn und Brot (über)',
    sentence: 'Und es ist gelungen, dass über 30.000 Menschen inzwischen in Lohn und Brot sind.',
    speaker: 'volker-mueller',
  },
  {
    id: 'employment-32000',
    value: '32.000',
    label: 'Menschen aus den Haupt-Asylherkunftsländern in sozialversicherungspflichtiger Beschäftigung',
    sentence:
      '32.000 Menschen aus den Haupt-Asylherkunftsländern haben eine sozialversicherungspflichtige Beschäftigung aufgenommen.',
    speaker: 'johannes-pfeiffer',
  },
  {
    id: 'apprentices',
    value: 'fast jede/r 10.',
    label: 'Ausbildungsbewerberin und -bewerber hat einen Fluchthintergrund',
    sentence: 'Außerdem hat fast jede/r zehnte Ausbildungsbewerberin und -bewerber einen Fluchthintergrund.',
    speaker: 'johannes-pfeiffer',
  },
  {
    id: 'million',
    value: '1 Million',
    label: 'Menschen zu integrieren ist eine Mammutaufgabe (über einer Million)',
    sentence: 'Die Integration von über einer Million Menschen ist eine Mammutaufgabe.',
    speaker: 'hubert-meyer',
  },
  {
    id: 'five-years',
    value: '5 Jahre',
    label: 'Bündnis „Niedersachsen packt an“, gegründet im November 2015',
    sentence:
      'Anlässlich des 5. Jahrestages des Bündnisses „Niedersachsen packt an“ am 30. November 2020 würdigen die Initiatoren, zu denen auch die UVN gehören, das weitreichende zivilgesellschaftliche Engagement bei der Integration geflüchteter Menschen und ziehen eine positive Bilanz.',
    speaker: null,
  },
];

/** The motto of the anniversary. */
export const MOTTO = '100 % NIEDERSACHSEN.';

/** The five links the seed names under „Hier geht’s“. Only one has a sourced address (design.md). */
export const LINKS: readonly SeedLink[] = [
  { label: 'Mitschnitt der Jubiläumsveranstaltung', url: null },
  { label: 'zum Videorückblick ‚5 Jahre Niedersachsen packt an‘', url: null },
  { label: 'zur digitalen Webdokumentation', url: null },
  { label: 'zum digitalen Projektatlas', url: null },
  {
    label: 'zum Video-Wettbewerb Erfolgsgeschichten',
    url: 'https://buendnis.niedersachsen.de/startseite/service/newsletter/newsletter_ab_ausgabe_01_20/07_20/video-wettbewerb-erfolgsgeschichten-aus-niedersachsen-195369.html',
    urlSource: 'design.md: the state’s alliance portal, newsletter 07/20',
  },
];

/** The alliance's own website, sourced in design.md (not named in the seed). */
export const ALLIANCE_URL = 'https://www.niedersachsen-packt-an.de/';
