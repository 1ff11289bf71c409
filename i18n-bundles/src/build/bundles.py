# -*- coding: utf-8 -*-
import collections, os
L = ['en','fr','it','de']
T = collections.OrderedDict()
def t(key, en, fr, it, de): T[key] = dict(en=en, fr=fr, it=it, de=de)

# ---- fixed texts
t('QUOTE_TITLE','Service contract quote','Devis de contrat de maintenance','Preventivo del contratto di assistenza','Angebot für einen Wartungsvertrag')
t('CONTRACT_TITLE','Service contract','Contrat de maintenance','Contratto di assistenza','Wartungsvertrag')
t('COMPARISON_TITLE','Compare our service tiers','Comparez nos formules de service','Confronta i nostri livelli di servizio','Unsere Servicestufen im Vergleich')
t('CLIENT','Client','Client','Cliente','Kunde')
t('SITE','Site','Site','Sito','Standort')
t('REGION','Region','Région','Regione','Region')
t('DISTANCE_FROM_BASE','{0} from our base','à {0} de notre agence','a {0} dalla nostra sede','{0} von unserem Standort entfernt')
t('TIER','Service tier','Formule','Livello di servizio','Servicestufe')
t('SERVICE_LEVEL','Service level','Niveau de service','Tipo di servizio','Serviceniveau')
t('DELIVERY','Service delivered','Intervention','Intervento','Leistungserbringung')
t('COVERAGE','Hours of coverage','Horaires couverts','Orari coperti','Abgedeckte Zeiten')
t('COVERAGE_ALL_HOURS','24 hours a day, 7 days a week, 365 days a year','24 h/24, 7 j/7, 365 jours par an','24 ore su 24, 7 giorni su 7, 365 giorni l’anno','rund um die Uhr, an 365 Tagen im Jahr')
t('COVERAGE_WINDOW','{0}, {1} to {2}','{0}, de {1} à {2}','{0}, dalle {1} alle {2}','{0}, {1} bis {2} Uhr')
t('COVERAGE_ALL_DAY','{0}, all day','{0}, toute la journée','{0}, tutto il giorno','{0}, ganztägig')
t('MIDNIGHT','midnight','24 h','24:00','24:00')
t('WEEKDAYS','Monday to Friday','du lundi au vendredi','dal lunedì al venerdì','Montag bis Freitag')
t('DAY_RANGE','{0} to {1}','du {0} au {1}','dal {0} al {1}','{0} bis {1}')
t('DAY_RANGE_TO_SUNDAY','{0} to {1}','du {0} au {1}','dal {0} alla {1}','{0} bis {1}')
t('CLOSED_ON_HOLIDAYS','except public holidays','hors jours fériés','esclusi i giorni festivi','außer an Feiertagen')
t('RESPONSE_REMOTE','Remote response within {0}','Intervention à distance sous {0}','Intervento da remoto entro {0}','Fernreaktion innerhalb von {0}')
t('RESPONSE_ON_SITE','On-site response within {0}','Intervention sur site sous {0}','Intervento in loco entro {0}','Reaktion vor Ort innerhalb von {0}')
t('RESPONSE_REMOTE_LABEL','Remote response','Intervention à distance','Intervento da remoto','Fernreaktion')
t('RESPONSE_ON_SITE_LABEL','On-site response','Intervention sur site','Intervento in loco','Reaktion vor Ort')
t('WITHIN','within {0}','sous {0}','entro {0}','innerhalb von {0}')
t('BILLED_WHEN_USED','Billed when used','Facturé à l’usage','Fatturato a consumo','Nach Aufwand berechnet')
t('MONITORING','Monitoring','Supervision','Monitoraggio','Überwachung')
t('INCLUDED_HEADING','What is included','Ce qui est inclus','Cosa è incluso','Was enthalten ist')
t('EXCLUDED_HEADING','What is not included','Ce qui n’est pas inclus','Cosa non è incluso','Was nicht enthalten ist')
t('PRICES_HEADING','Prices','Tarifs','Prezzi','Preise')
t('COLUMN_ITEM','Item','Prestation','Voce','Leistung')
t('COLUMN_QUANTITY','Quantity','Quantité','Quantità','Menge')
t('COLUMN_UNIT_PRICE','Unit price','Prix unitaire','Prezzo unitario','Einzelpreis')
t('COLUMN_AMOUNT','Amount','Montant','Importo','Betrag')
t('COLUMN_BILLING','Billing','Facturation','Fatturazione','Abrechnung')
t('INCLUDED','included','inclus','incluso','inbegriffen')
t('BILLED','billed','facturé','fatturato','berechnet')
t('PER_MONTH','{0} per month','{0} par mois','{0} al mese','{0} pro Monat')
t('PER_YEAR','{0} per year','{0} par an','{0} all’anno','{0} pro Jahr')
t('RECURRING_PER_PERIOD','Subscription {0}','Abonnement {0}','Canone {0}','Abonnement {0}')
t('RECURRING_PER_YEAR','Subscription per year','Abonnement annuel','Canone annuo','Abonnement pro Jahr')
t('TOTAL_EXCLUDING_TAX','Total excluding tax','Total HT','Totale IVA esclusa','Summe netto')
t('TAX','Tax {0}','Taxe {0}','Imposta {0}','Steuer {0}')
t('TOTAL_INCLUDING_TAX','Total including tax','Total TTC','Totale IVA inclusa','Summe brutto')
t('RATE_CARD_HEADING','Services outside the tier','Prestations hors formule','Servizi fuori dal livello','Leistungen außerhalb der Servicestufe')
t('RATE_CARD_INTRO','What you pay for services beyond your tier, member prices included.','Ce que vous payez pour les prestations au-delà de votre formule, remises adhérent comprises.','Quanto paghi per i servizi oltre il tuo livello, sconti riservati inclusi.','Was Sie für Leistungen über Ihre Servicestufe hinaus zahlen, einschließlich Mitgliederrabatt.')
t('RATE_CARD_INTRO_STANDARD','What you pay for services beyond your tier.','Ce que vous payez pour les prestations au-delà de votre formule.','Quanto paghi per i servizi oltre il tuo livello.','Was Sie für Leistungen über Ihre Servicestufe hinaus zahlen.')
t('COLUMN_PRICE','Price','Prix','Prezzo','Preis')
t('COLUMN_SERVICE','Service','Prestation','Servizio','Leistung')
t('COLUMN_STANDARD_PRICE','Standard price','Prix standard','Prezzo di listino','Standardpreis')
t('COLUMN_YOUR_PRICE','Your price','Votre prix','Il tuo prezzo','Ihr Preis')
t('ITEM_BRACKET_UP_TO','{0}, up to {1}','{0}, jusqu’à {1}','{0}, fino a {1}','{0}, bis {1}')
t('ITEM_BRACKET_ABOVE','{0}, above {1}','{0}, au-delà de {1}','{0}, oltre {1}','{0}, über {1}')
t('SERVICE_IN_BAND','{0}, {1}','{0}, {1}','{0}, {1}','{0}, {1}')
t('PRICE_PER_UNIT','{0} per {1}','{0} par {1}','{0} per {1}','{0} pro {1}')
t('SCHEDULE_HEADING','Invoices','Échéancier de facturation','Piano di fatturazione','Rechnungsplan')
t('SCHEDULE_BILLED_WHEN_USED','Billed when used, on top of these invoices: {0}.','Facturé à l’usage, en plus de ces factures : {0}.','Fatturato a consumo, oltre a queste fatture: {0}.','Zusätzlich zu diesen Rechnungen nach Aufwand berechnet: {0}.')
t('SCHEDULE_CONTINUES','Open-ended contract: invoicing continues from {0} until the contract is cancelled.','Contrat à durée indéterminée : la facturation se poursuit à partir du {0}, jusqu’à la résiliation du contrat.','Contratto a tempo indeterminato: la fatturazione prosegue dal {0} fino alla disdetta.','Unbefristeter Vertrag: Die Abrechnung wird ab dem {0} bis zur Kündigung fortgesetzt.')
t('COLUMN_INVOICE','Invoice','Facture','Fattura','Rechnung')
t('COLUMN_ISSUED','Issued','Émise le','Emessa il','Ausgestellt am')
t('COLUMN_PERIOD','Period','Période','Periodo','Zeitraum')
t('COLUMN_TOTAL','Total','Total','Totale','Gesamt')
t('PERIOD','{0} to {1}','du {0} au {1}','dal {0} al {1}','{0} bis {1}')
t('TERMS_HEADING','Terms','Conditions','Condizioni','Vertragsbedingungen')
t('TERM_START','Starts on {0}','Prise d’effet le {0}','Decorrenza dal {0}','Beginn am {0}')
t('TERM_MONTHS','Term: {0}','Durée : {0}','Durata: {0}','Laufzeit: {0}')
t('TERM_OPEN_ENDED','Term: open-ended, until cancelled','Durée : indéterminée, jusqu’à résiliation','Durata: indeterminata, fino a disdetta','Laufzeit: unbefristet, bis zur Kündigung')
t('RENEWAL_AUTOMATIC','Renews automatically on {0}','Reconduction tacite le {0}','Rinnovo tacito il {0}','Verlängert sich automatisch am {0}')
t('RENEWAL_NOT_APPLICABLE','No renewal needed','Sans reconduction','Nessun rinnovo necessario','Keine Verlängerung nötig')
t('RENEWAL_NONE','Ends on {0}, without renewal','Prend fin le {0}, sans reconduction','Termina il {0}, senza rinnovo','Endet am {0} ohne Verlängerung')
t('NOTICE','Cancellation notice: {0}','Préavis de résiliation : {0}','Preavviso di disdetta: {0}','Kündigungsfrist: {0}')
t('NOTICE_DEADLINE','Cancellation notice: {0}; to stop the renewal, cancel by {1}','Préavis de résiliation : {0} ; pour éviter la reconduction, résiliez au plus tard le {1}','Preavviso di disdetta: {0}; per evitare il rinnovo, disdire entro il {1}','Kündigungsfrist: {0}; um die Verlängerung zu verhindern, kündigen Sie bis zum {1}')
t('RENEWAL_NOTICE_TITLE','Renewal of your service contract','Reconduction de votre contrat de maintenance','Rinnovo del tuo contratto di assistenza','Verlängerung Ihres Wartungsvertrags')
t('RENEWAL_NOTICE_TERM','Your service contract runs until {0}. Unless you cancel it, it renews automatically on {1}, for {2}.','Votre contrat de maintenance court jusqu’au {0}. Sauf résiliation de votre part, il sera reconduit tacitement le {1}, pour {2}.','Il tuo contratto di assistenza è valido fino al {0}. Salvo disdetta, si rinnoverà tacitamente il {1}, per {2}.','Ihr Wartungsvertrag läuft bis zum {0}. Wenn Sie ihn nicht kündigen, verlängert er sich am {1} automatisch um {2}.')
t('RENEWAL_NOTICE_CANCEL','If you do not want it to renew, tell us by {0} at the latest (notice: {1}).','Si vous ne souhaitez pas qu’il soit reconduit, informez-nous au plus tard le {0} (préavis : {1}).','Se non desideri rinnovarlo, comunicacelo entro il {0} (preavviso: {1}).','Wenn Sie keine Verlängerung wünschen, teilen Sie uns dies bis spätestens {0} mit (Kündigungsfrist: {1}).')
t('RENEWAL_NOTICE_FRENCH_LAW','This information is given to you under article L.215-1 of the French Consumer Code.','Cette information vous est communiquée en application de l’article L.215-1 du Code de la consommation.','Questa informazione ti è fornita ai sensi dell’articolo L.215-1 del Codice del consumo francese.','Diese Information erhalten Sie gemäß Artikel L.215-1 des französischen Verbrauchergesetzbuchs (Code de la consommation).')
t('BILLING','Billed {0}','Facturation {0}','Fatturazione {0}','Abrechnung {0}')
t('PREPAY_DISCOUNT','Prepayment discount: {0}','Remise pour paiement d’avance : {0}','Sconto per pagamento anticipato: {0}','Vorauszahlungsrabatt: {0}')
t('ESCALATION_NONE','Prices are fixed for the term','Prix fermes pendant toute la durée','Prezzi fissi per tutta la durata','Festpreise für die gesamte Laufzeit')
t('ESCALATION_FIXED','Prices rise by {0} at each anniversary, announced {1} ahead','Révision annuelle de {0} à chaque date anniversaire, annoncée {1} à l’avance','Adeguamento annuo del {0} a ogni anniversario, comunicato con {1} di anticipo','Preisanpassung um {0} zu jedem Jahrestag, {1} im Voraus angekündigt')
t('ESCALATION_INDEXED','Prices follow the {0} index at each anniversary, capped at {1}, announced {2} ahead','Révision annuelle selon l’indice {0}, plafonnée à {1}, annoncée {2} à l’avance','Adeguamento annuo secondo l’indice {0}, con un massimo del {1}, comunicato con {2} di anticipo','Preisanpassung nach dem Index {0} zu jedem Jahrestag, höchstens {1}, {2} im Voraus angekündigt')
t('EXPLANATION_HEADING','How each amount is calculated','Le détail de chaque montant','Come si calcola ogni importo','So berechnet sich jeder Betrag')
t('COLUMN_TIER','Tier','Formule','Livello','Servicestufe')
t('MONTHS','{0,choice,0#{0,number,integer} months|1#{0,number,integer} month|1<{0,number,integer} months}','{0,number,integer} mois','{0,choice,0#{0,number,integer} mesi|1#{0,number,integer} mese|1<{0,number,integer} mesi}','{0,choice,0#{0,number,integer} Monate|1#{0,number,integer} Monat|1<{0,number,integer} Monate}')
t('DAYS','{0,choice,0#{0,number,integer} days|1#{0,number,integer} day|1<{0,number,integer} days}','{0,choice,0#{0,number,integer} jour|2#{0,number,integer} jours}','{0,choice,0#{0,number,integer} giorni|1#{0,number,integer} giorno|1<{0,number,integer} giorni}','{0,choice,0#{0,number,integer} Tage|1#{0,number,integer} Tag|1<{0,number,integer} Tage}')
t('HOURS','{0,number,integer} h','{0,number,integer} h','{0,number,integer} h','{0,number,integer} Std.')
t('MINUTES','{0,number,integer} min','{0,number,integer} min','{0,number,integer} min','{0,number,integer} Min.')
t('AND','and','et','e','und')
t('MULTIPLIER','×{0}','×{0}','×{0}','×{0}')
t('YES','yes','oui','sì','ja')
t('NO','no','non','no','nein')

# ---- enums
t('enum.ServiceLevel.PROACTIVE','Proactive','Proactif','Proattivo','Proaktiv')
t('enum.ServiceLevel.REACTIVE','Reactive','Réactif','Reattivo','Reaktiv')
t('enum.Delivery.REMOTE','remote','à distance','da remoto','aus der Ferne')
t('enum.Delivery.ON_SITE','on site','sur site','in loco','vor Ort')
t('enum.ChargeableService.REMOTE_SUPPORT','remote support','assistance à distance','assistenza da remoto','Fernwartung')
t('enum.ChargeableService.ON_SITE_VISIT','on-site visits','interventions sur site','interventi in loco','Einsätze vor Ort')
t('enum.ChargeableService.SYSTEM_UPDATE','system updates','mises à jour système','aggiornamenti di sistema','Systemaktualisierungen')
t('enum.ChargeableService.TRAVEL','travel','déplacements','trasferte','Anfahrten')
t('enum.ChargeableService.MONITORING','monitoring','supervision','monitoraggio','Überwachung')
t('enum.Monitoring.NONE','none','aucune','nessuno','keine')
t('enum.Monitoring.PROACTIVE','proactive remote monitoring','supervision proactive à distance','monitoraggio proattivo da remoto','proaktive Fernüberwachung')
t('enum.BillingFrequency.MONTHLY','monthly','mensuelle','mensile','monatlich')
t('enum.BillingFrequency.QUARTERLY','quarterly','trimestrielle','trimestrale','vierteljährlich')
t('enum.BillingFrequency.SEMI_ANNUAL','every six months','semestrielle','semestrale','halbjährlich')
t('enum.BillingFrequency.ANNUAL','annually','annuelle','annuale','jährlich')
t('per.MONTHLY','per month','mensuel','mensile','pro Monat')
t('per.QUARTERLY','per quarter','trimestriel','trimestrale','pro Quartal')
t('per.SEMI_ANNUAL','per half-year','semestriel','semestrale','pro Halbjahr')
t('per.ANNUAL','per year','annuel','annuale','pro Jahr')
t('enum.TimeBand.BUSINESS_HOURS','business hours','heures ouvrées','orario lavorativo','Geschäftszeiten')
t('enum.TimeBand.EVENING','evening','soirée','sera','Abend')
t('enum.TimeBand.NIGHT','night','nuit','notte','Nacht')
t('enum.TimeBand.SATURDAY','Saturday','samedi','sabato','Samstag')
t('enum.TimeBand.SUNDAY_HOLIDAY','Sunday or public holiday','dimanche ou jour férié','domenica o festivo','Sonn- oder Feiertag')
t('enum.TimeBand.EMERGENCY','emergency','urgence','urgenza','Notfall')
t('enum.Legs.ONE_WAY','one way','aller simple','solo andata','einfache Strecke')
t('enum.Legs.RETURN','return trip','aller-retour','andata e ritorno','Hin- und Rückfahrt')
t('enum.BandApplication.RATE','the hourly rate','le taux horaire','la tariffa oraria','den Stundensatz')
t('enum.BandApplication.CHARGE','the charge','le montant','l’importo','den Betrag')
t('enum.Proration.BY_DAY','by day','au prorata des jours','in proporzione ai giorni','tageweise')
t('enum.Proration.NONE','not charged','non facturée','non fatturato','nicht berechnet')
t('enum.Proration.FULL_PERIOD','charged in full','facturée entière','fatturato per intero','voll berechnet')
t('enum.InstalledValueBasis.PRODUCTS','products','matériel','prodotti','Geräte')
t('enum.InstalledValueBasis.LABOUR','installation labour','main-d’œuvre d’installation','manodopera di installazione','Installationsarbeit')
t('enum.InstalledValueBasis.PRODUCTS_AND_LABOUR','products and labour','matériel et main-d’œuvre','prodotti e manodopera','Geräte und Arbeit')
t('enum.Mode.GRADUATED','in graduated brackets','par tranches','a scaglioni','gestaffelt')
t('enum.Mode.VOLUME','by volume','au volume','a volume','nach Volumen')
t('enum.Periodicity.ONCE','once','une fois','una tantum','einmalig')
t('enum.Periodicity.MONTHLY','monthly','mensuel','mensile','monatlich')
t('enum.Periodicity.YEARLY','yearly','annuel','annuale','jährlich')
t('enum.RoundingMode.UP','rounded up','arrondi au supérieur','arrotondato per eccesso','aufgerundet')
t('enum.RoundingMode.DOWN','rounded down','arrondi à l’inférieur','arrotondato per difetto','abgerundet')
t('enum.Benefit.TRIP_FEE_WAIVED','No trip fee','Frais de déplacement offerts','Nessun costo di trasferta','Keine Anfahrtspauschale')
t('enum.Benefit.LOANER_EQUIPMENT','Loaner equipment during repairs','Matériel de prêt pendant les réparations','Apparecchi in prestito durante le riparazioni','Leihgeräte während Reparaturen')
t('enum.Benefit.PRIORITY_SCHEDULING','Priority scheduling','Planification prioritaire','Appuntamenti prioritari','Bevorzugte Terminvergabe')

# ---- units (choice on the quantity; French singular below 2)
def unit(u, en1, enN, fr1, frN, it1, itN, de1, deN):
    en = '{0,choice,0#{0,number} %s|1#{0,number} %s|1<{0,number} %s}' % (enN, en1, enN)
    fr = '{0,choice,0#{0,number} %s|2#{0,number} %s}' % (fr1, frN)
    it = '{0,choice,0#{0,number} %s|1#{0,number} %s|1<{0,number} %s}' % (itN, it1, itN)
    de = '{0,choice,0#{0,number} %s|1#{0,number} %s|1<{0,number} %s}' % (deN, de1, deN)
    t('unit.' + u, en, fr, it, de)
    t('unit-name.' + u, en1, fr1, it1, de1)
unit('HOUR','hour','hours','heure','heures','ora','ore','Stunde','Stunden')
unit('KILOMETRE','km','km','km','km','km','km','km','km')
unit('TRIP','trip','trips','déplacement','déplacements','trasferta','trasferte','Anfahrt','Anfahrten')
unit('TICKET','ticket','tickets','ticket','tickets','ticket','ticket','Ticket','Tickets')
unit('UPDATE','update','updates','mise à jour','mises à jour','aggiornamento','aggiornamenti','Aktualisierung','Aktualisierungen')
unit('DEVICE','device','devices','appareil','appareils','dispositivo','dispositivi','Gerät','Geräte')
unit('SUBSYSTEM','subsystem','subsystems','sous-système','sous-systèmes','sottosistema','sottosistemi','Teilsystem','Teilsysteme')
unit('SITE','site','sites','site','sites','sito','siti','Standort','Standorte')
unit('BLOCK','block','blocks','forfait','forfaits','pacchetto','pacchetti','Paket','Pakete')
unit('ITEM','item','items','forfait','forfaits','voce','voci','Posten','Posten')

# ---- cost components
t('component.on-site-labour','On-site labour','Main-d’œuvre sur site','Manodopera in loco','Arbeitszeit vor Ort')
t('component.remote-labour','Remote support','Assistance à distance','Assistenza da remoto','Fernwartung')
t('component.trip-fee','Trip fee','Frais de déplacement','Diritto di chiamata','Anfahrtspauschale')
t('component.travel-distance','Travel distance','Frais kilométriques','Rimborso chilometrico','Kilometergeld')
t('component.travel-time','Travel time','Temps de trajet','Tempo di viaggio','Fahrzeit')
t('component.remote-ticket','Remote support ticket','Ticket d’assistance à distance','Ticket di assistenza remota','Fernwartungsticket')
t('component.system-update','System update','Mise à jour système','Aggiornamento di sistema','Systemaktualisierung')
t('component.device-updates','Device updates','Mises à jour des appareils','Aggiornamenti dei dispositivi','Geräteaktualisierungen')
t('component.device-monitoring','Device monitoring','Supervision des appareils','Monitoraggio dei dispositivi','Geräteüberwachung')
t('component.site-monitoring','Site monitoring','Supervision du site','Monitoraggio del sito','Standortüberwachung')
t('component.flat-fee','Subscription','Abonnement','Canone','Grundgebühr')
t('component.device-fee','Subscription per device','Abonnement par appareil','Canone per dispositivo','Gebühr pro Gerät')
t('component.subsystem-fee','Subscription per subsystem','Abonnement par sous-système','Canone per sottosistema','Gebühr pro Teilsystem')
t('component.site-fee','Subscription per site','Abonnement par site','Canone per sito','Gebühr pro Standort')
t('component.installed-value-fee','Subscription on installed value','Abonnement sur la valeur installée','Canone sul valore installato','Gebühr auf den Anlagenwert')
t('component.extended-warranty','Extended warranty','Extension de garantie','Estensione di garanzia','Garantieverlängerung')
t('component.complexity','Installation complexity','Complexité de l’installation','Complessità dell’impianto','Komplexität der Anlage')
t('component.minimum-fee','Minimum fee','Minimum de facturation','Importo minimo','Mindestgebühr')
t('component.fee-cap','Fee cap','Plafond','Tetto massimo','Höchstbetrag')
t('component.discount','Discount','Remise','Sconto','Rabatt')
t('component.prepay-discount','Prepayment discount','Remise pour paiement d’avance','Sconto per pagamento anticipato','Vorauszahlungsrabatt')
t('component.member-labour-discount','Member discount on labour','Remise adhérent sur la main-d’œuvre','Sconto riservato sulla manodopera','Mitgliederrabatt auf Arbeitszeit')
t('component.rounding','Rounding','Arrondi','Arrotondamento','Rundung')
t('component.scale','Adjustment','Ajustement','Adeguamento','Anpassung')

# ---- clauses (standard catalogue); {0} the parameter
t('clause.remote-support','Remote support, up to {0}','Assistance à distance, jusqu’à {0}','Assistenza da remoto, fino a {0}','Fernwartung, bis zu {0}')
t('clause.on-site-visits','{0,choice,0#No on-site visit|1#One on-site visit a year|1<{0,number,integer} on-site visits a year}','{0,choice,0#Aucune visite sur site|1#Une visite sur site par an|1<{0,number,integer} visites sur site par an}','{0,choice,0#Nessuna visita in loco|1#Una visita in loco all’anno|1<{0,number,integer} visite in loco all’anno}','{0,choice,0#Kein Besuch vor Ort|1#Ein Besuch vor Ort pro Jahr|1<{0,number,integer} Besuche vor Ort pro Jahr}')
t('clause.system-updates','{0,choice,0#No system update|1#One system and firmware update a year|1<{0,number,integer} system and firmware updates a year}','{0,choice,0#Aucune mise à jour système|1#Une mise à jour système et firmware par an|1<{0,number,integer} mises à jour système et firmware par an}','{0,choice,0#Nessun aggiornamento di sistema|1#Un aggiornamento di sistema e firmware all’anno|1<{0,number,integer} aggiornamenti di sistema e firmware all’anno}','{0,choice,0#Keine Systemaktualisierung|1#Eine System- und Firmwareaktualisierung pro Jahr|1<{0,number,integer} System- und Firmwareaktualisierungen pro Jahr}')
t('clause.proactive-monitoring','Proactive monitoring of your devices','Supervision proactive de vos équipements','Monitoraggio proattivo dei tuoi dispositivi','Proaktive Überwachung Ihrer Geräte')
t('clause.travel-within-radius','Travel included within {0} of our base','Déplacement inclus dans un rayon de {0} autour de notre agence','Trasferta inclusa entro {0} dalla nostra sede','Anfahrt im Umkreis von {0} um unseren Standort inbegriffen')
t('clause.remote-response-time','Remote response within {0} during covered hours','Intervention à distance sous {0} pendant les horaires couverts','Intervento da remoto entro {0} negli orari coperti','Fernreaktion innerhalb von {0} während der abgedeckten Zeiten')
t('clause.on-site-response-time','On-site response within {0} during covered hours','Intervention sur site sous {0} pendant les horaires couverts','Intervento in loco entro {0} negli orari coperti','Reaktion vor Ort innerhalb von {0} während der abgedeckten Zeiten')
t('clause.labour-discount','{0} off labour beyond the tier','{0} de remise sur la main-d’œuvre hors formule','Sconto del {0} sulla manodopera fuori dal livello','{0} Rabatt auf zusätzliche Arbeitszeit')
t('clause.equipment-discount','{0} off new equipment','{0} de remise sur le matériel neuf','Sconto del {0} sui nuovi apparecchi','{0} Rabatt auf neue Geräte')
t('clause.loaner-equipment','Loaner equipment while a device is repaired','Matériel de prêt pendant la réparation d’un appareil','Apparecchi in prestito durante la riparazione','Leihgeräte während der Reparatur eines Geräts')
t('clause.extended-warranty','Parts and labour beyond the manufacturer’s warranty for {0,number,integer} months','Pièces et main-d’œuvre au-delà de la garantie constructeur pendant {0,number,integer} mois','Ricambi e manodopera oltre la garanzia del produttore per {0,number,integer} mesi','Teile und Arbeit über die Herstellergarantie hinaus für {0,number,integer} Monate')
t('clause.acts-of-god','Acts of God: fire, flood, storm, earthquake','Cas de force majeure : incendie, inondation, tempête, séisme','Cause di forza maggiore: incendio, alluvione, tempesta, terremoto','Höhere Gewalt: Feuer, Überschwemmung, Sturm, Erdbeben')
t('clause.power-surge','Damage from power surges and lightning','Dommages dus aux surtensions et à la foudre','Danni da sovratensioni e fulmini','Schäden durch Überspannung und Blitzschlag')
t('clause.water-damage','Water damage','Dégâts des eaux','Danni da acqua','Wasserschäden')
t('clause.vermin','Damage by vermin and pests','Dommages causés par les nuisibles','Danni causati da animali infestanti','Schäden durch Schädlinge')
t('clause.misuse','Misuse and user error','Mauvaise utilisation et erreurs de manipulation','Uso improprio ed errori dell’utente','Unsachgemäße Nutzung und Bedienfehler')
t('clause.third-party-changes','Changes made by third parties','Modifications effectuées par des tiers','Modifiche eseguite da terzi','Änderungen durch Dritte')
t('clause.client-devices','Personal devices added by the client','Appareils personnels ajoutés par le client','Dispositivi personali aggiunti dal cliente','Vom Kunden hinzugefügte private Geräte')
t('clause.isp-outage','Internet service provider outages','Pannes du fournisseur d’accès à Internet','Disservizi del fornitore di accesso a Internet','Ausfälle des Internetanbieters')
t('clause.consumables','Consumables and batteries','Consommables et piles','Materiali di consumo e batterie','Verbrauchsmaterial und Batterien')
t('clause.licence-upgrades','Software licence upgrades','Mises à niveau de licences logicielles','Aggiornamenti delle licenze software','Upgrades von Softwarelizenzen')
t('clause.obsolete-equipment','Equipment no longer supported by its manufacturer','Matériel qui n’est plus pris en charge par son fabricant','Apparecchi non più supportati dal produttore','Vom Hersteller nicht mehr unterstützte Geräte')
t('clause.lifts-and-scaffolding','Lifts, scaffolding and work at height','Nacelles, échafaudages et travaux en hauteur','Piattaforme, ponteggi e lavori in quota','Hebebühnen, Gerüste und Arbeiten in der Höhe')
t('clause.moves-adds-changes','Moves, additions and changes to the system','Déplacements, ajouts et modifications de l’installation','Spostamenti, aggiunte e modifiche all’impianto','Umzüge, Erweiterungen und Änderungen der Anlage')

# ---- trace: rules, labels, reasons for inclusion
rules = {
 'labour':('Labour','Main-d’œuvre','Manodopera','Arbeitszeit'),
 'flat-fee':('Subscription','Abonnement','Canone','Grundgebühr'),
 'device-fee':('Subscription per device','Abonnement par appareil','Canone per dispositivo','Gebühr pro Gerät'),
 'subsystem-fee':('Subscription per subsystem','Abonnement par sous-système','Canone per sottosistema','Gebühr pro Teilsystem'),
 'site-fee':('Subscription per site','Abonnement par site','Canone per sito','Gebühr pro Standort'),
 'installed-value-fee':('Subscription on installed value','Abonnement sur la valeur installée','Canone sul valore installato','Gebühr auf den Anlagenwert'),
 'device-monitoring':('Device monitoring','Supervision des appareils','Monitoraggio dei dispositivi','Geräteüberwachung'),
 'site-monitoring':('Site monitoring','Supervision du site','Monitoraggio del sito','Standortüberwachung'),
 'device-updates':('Device updates','Mises à jour des appareils','Aggiornamenti dei dispositivi','Geräteaktualisierungen'),
 'system-updates':('System updates','Mises à jour système','Aggiornamenti di sistema','Systemaktualisierungen'),
 'remote-tickets':('Remote support tickets','Tickets d’assistance à distance','Ticket di assistenza remota','Fernwartungstickets'),
 'trip-fee':('Trip fee','Frais de déplacement','Diritto di chiamata','Anfahrtspauschale'),
 'zone-fee':('Trip fee by zone','Frais de déplacement par zone','Diritto di chiamata per zona','Anfahrtspauschale nach Zone'),
 'kilometres':('Travel distance','Frais kilométriques','Rimborso chilometrico','Kilometergeld'),
 'travel-time':('Travel time','Temps de trajet','Tempo di viaggio','Fahrzeit'),
 'extended-warranty':('Extended warranty','Extension de garantie','Estensione di garanzia','Garantieverlängerung'),
 'discount':('Discount','Remise','Sconto','Rabatt'),
 'prepay-discount':('Prepayment discount','Remise pour paiement d’avance','Sconto per pagamento anticipato','Vorauszahlungsrabatt'),
 'member-labour-discount':('Member discount on labour','Remise adhérent sur la main-d’œuvre','Sconto riservato sulla manodopera','Mitgliederrabatt auf Arbeitszeit'),
 'scale':('Adjustment','Ajustement','Adeguamento','Anpassung'),
 'complexity':('Installation complexity','Complexité de l’installation','Complessità dell’impianto','Komplexität der Anlage'),
 'minimum-fee':('Minimum fee','Minimum de facturation','Importo minimo','Mindestgebühr'),
 'fee-cap':('Fee cap','Plafond','Tetto massimo','Höchstbetrag'),
 'rounding':('Rounding','Arrondi','Arrotondamento','Rundung'),
 'billing-period':('Billing period','Période de facturation','Periodo di fatturazione','Abrechnungszeitraum'),
 'travel-distance':('Travel distance','Frais kilométriques','Rimborso chilometrico','Kilometergeld'),
 'remote-ticket':('Remote support ticket','Ticket d’assistance à distance','Ticket di assistenza remota','Fernwartungsticket'),
 'system-update':('System update','Mise à jour système','Aggiornamento di sistema','Systemaktualisierung'),
}
for k,v in rules.items(): t('rule.'+k, *v)
labels = {
 'rate':('rate','taux','tariffa','Satz'),
 'band':('time band','plage horaire','fascia oraria','Zeitfenster'),
 'band-multiplier':('time-band multiplier','majoration de la plage horaire','maggiorazione della fascia','Zeitzuschlag'),
 'worked':('time worked','temps passé','tempo impiegato','geleistete Zeit'),
 'technicians':('technicians','techniciens','tecnici','Techniker'),
 'included':('included because','inclus car','incluso perché','inbegriffen, weil'),
 'visit':('visit','visite','visita','Besuch'),
 'visits-included':('visits included','visites incluses','visite incluse','inbegriffene Besuche'),
 'allowance-used':('included time used','temps inclus utilisé','tempo incluso utilizzato','genutzte Inklusivzeit'),
 'beyond-allowance':('time beyond the included time','temps au-delà du temps inclus','tempo oltre quello incluso','Zeit über die Inklusivzeit hinaus'),
 'increment':('billed in steps of','facturé par tranches de','fatturato a scatti di','abgerechnet in Schritten von'),
 'minimum-time':('minimum billed time','durée minimale facturée','durata minima fatturata','Mindestabrechnungszeit'),
 'billed-hours':('hours billed','heures facturées','ore fatturate','berechnete Stunden'),
 'minimum-charge':('minimum charge','montant minimal','importo minimo','Mindestbetrag'),
 'band-applies-to':('time-band multiplier applied to','majoration appliquée sur','maggiorazione applicata a','Zuschlag angewandt auf'),
 'amount':('amount','montant','importo','Betrag'),
 'hours':('hours','heures','ore','Stunden'),
 'member-discount':('member discount','remise adhérent','sconto riservato','Mitgliederrabatt'),
 'price':('your price','votre prix','il tuo prezzo','Ihr Preis'),
 'count':('count','nombre','numero','Anzahl'),
 'block-size':('block size','taille du forfait','dimensione del pacchetto','Paketgröße'),
 'block-rounding':('partial block','forfait entamé','pacchetto parziale','angefangenes Paket'),
 'quantity':('quantity','quantité','quantità','Menge'),
 'per-month':('per month','par mois','al mese','pro Monat'),
 'bracket-mode':('pricing','tarification','tariffazione','Preisberechnung'),
 'bracket-up-to':('bracket up to','palier jusqu’à','scaglione fino a','Staffel bis'),
 'bracket-above':('bracket above','palier au-delà de','scaglione oltre','Staffel über'),
 'bracket-units':('units in the bracket','unités dans le palier','unità nello scaglione','Einheiten in der Staffel'),
 'bracket-price':('bracket price','prix du palier','prezzo dello scaglione','Staffelpreis je Einheit'),
 'basis':('basis','assiette','base','Grundlage'),
 'installed-value':('installed value','valeur installée','valore installato','Anlagenwert'),
 'percentage':('percentage','pourcentage','percentuale','Prozentsatz'),
 'updates':('updates','mises à jour','aggiornamenti','Aktualisierungen'),
 'updates-included':('updates included','mises à jour incluses','aggiornamenti inclusi','inbegriffene Aktualisierungen'),
 'billed-updates':('updates billed','mises à jour facturées','aggiornamenti fatturati','berechnete Aktualisierungen'),
 'tickets':('tickets','tickets','ticket','Tickets'),
 'fee':('fee','forfait','importo fisso','Pauschale'),
 'day':('day','date','giorno','Tag'),
 'distance':('distance','distance','distanza','Entfernung'),
 'zone-up-to':('zone up to','zone jusqu’à','zona fino a','Zone bis'),
 'zone-beyond':('zone beyond','zone au-delà de','zona oltre','Zone über'),
 'free-radius':('free radius','rayon gratuit','raggio gratuito','kostenloser Umkreis'),
 'legs':('counted','compté en','calcolato come','gerechnet als'),
 'charged-distance':('distance charged','distance facturée','distanza fatturata','berechnete Strecke'),
 'one-way':('one way','trajet simple','tragitto di sola andata','einfache Fahrt'),
 'term-months':('term in months','durée en mois','durata in mesi','Laufzeit in Monaten'),
 'equipment-value':('equipment value','valeur du matériel','valore degli apparecchi','Gerätewert'),
 'obsolete-devices-excluded':('obsolete devices excluded','appareils obsolètes exclus','dispositivi obsoleti esclusi','ausgeschlossene veraltete Geräte'),
 'base':('base','base','base','Grundbetrag'),
 'discount':('discount','remise','sconto','Rabatt'),
 'applied':('discount applied','remise appliquée','sconto applicato','gewährter Rabatt'),
 'exact-total':('exact total','total exact','totale esatto','genaue Summe'),
 'rounding':('rounding','arrondi','arrotondamento','Rundung'),
 'difference':('difference','écart','differenza','Differenz'),
 'exact-amount':('exact amount','montant exact','importo esatto','genauer Betrag'),
 'multiplier':('multiplier','coefficient','coefficiente','Faktor'),
 'adjustment':('adjustment','ajustement','adeguamento','Anpassung'),
 'periodicity':('quoted','tarif','tariffa','Preisangabe'),
 'minimum':('minimum','minimum','minimo','Minimum'),
 'maximum':('maximum','plafond','massimo','Maximum'),
 'contract-year':('contract year','année de contrat','anno di contratto','Vertragsjahr'),
 'yearly-amount':('yearly amount','montant annuel','importo annuo','Jahresbetrag'),
 'period-share':('share of the period','quote-part de la période','quota del periodo','Anteil des Zeitraums'),
 'days-covered':('days covered','jours couverts','giorni coperti','abgedeckte Tage'),
 'days-in-period':('days in the period','jours de la période','giorni del periodo','Tage im Zeitraum'),
 'proration':('partial period','période partielle','periodo parziale','Teilzeitraum'),
 'tax-rate':('tax rate','taux de TVA','aliquota IVA','Steuersatz'),
}
for k,v in labels.items(): t('trace.'+k, *v)
reasons = {
 'in-warranty':('under the manufacturer’s warranty','sous garantie constructeur','in garanzia del produttore','unter Herstellergarantie'),
 'visit-quota':('within the visits of your tier','dans les visites de votre formule','nelle visite del tuo livello','im Besuchskontingent Ihrer Servicestufe'),
 'remote-allowance':('within the remote time of your tier','dans le temps d’assistance à distance de votre formule','nel tempo di assistenza remota del tuo livello','im Fernwartungskontingent Ihrer Servicestufe'),
 'trip-fee-waived':('trip fees are waived for members','déplacement offert aux adhérents','trasferta gratuita per gli abbonati','Anfahrt für Mitglieder kostenlos'),
 'within-radius':('within the travel radius of your tier','dans le rayon de déplacement de votre formule','entro il raggio di trasferta del tuo livello','im Anfahrtsradius Ihrer Servicestufe'),
 'tier':('part of your tier','compris dans votre formule','compreso nel tuo livello','in Ihrer Servicestufe enthalten'),
 'update-quota':('within the updates of your tier','dans les mises à jour de votre formule','negli aggiornamenti del tuo livello','im Aktualisierungskontingent Ihrer Servicestufe'),
}
for k,v in reasons.items(): t('reason.'+k, *v)

# ---- the name of a country's tax, {0} its rate (TAX for a country without one here)
t('tax.CH','VAT {0}','TVA {0}','IVA {0}','MWST {0}')
t('tax.DE','VAT {0}','TVA {0}','IVA {0}','MwSt. {0}')
t('tax.FR','VAT {0}','TVA {0}','IVA {0}','MwSt. {0}')
t('tax.IT','VAT {0}','TVA {0}','IVA {0}','MwSt. {0}')
t('tax.US','Sales tax {0}','Taxe de vente {0}','Imposta sulle vendite {0}','Verkaufssteuer {0}')

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'main', 'resources', 'io', 'github', 'servicecontract', 'i18n', 'messages')
for lang in L:
    name = base + ('' if lang == 'en' else '_' + lang) + '.properties'
    with open(name, 'w', encoding='utf-8') as f:
        f.write('# servicecontract messages (%s). UTF-8; MessageFormat patterns: write ’ not \'\n' % lang)
        f.write('# Generated from the table in i18n-bundles/src/build/bundles.py; edit the table, not this file.\n')
        for k, v in T.items():
            value = v[lang]
            assert "'" not in value, (k, lang, value)
            f.write('%s=%s\n' % (k, value.replace('\\', '\\\\')))
print(len(T), 'keys')
