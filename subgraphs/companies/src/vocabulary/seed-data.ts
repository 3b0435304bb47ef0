/**
 * The seed of the controlled vocabulary of occupations and skills (Italian labels and synonyms), for the
 * programme's sectors: logistics, cleaning, care, catering, retail, manufacturing, office, construction,
 * transport, agriculture and green care, personal services. Written for IXL (not downloaded); occupations
 * carry their ISCO-08 unit group (the level ESCO's occupation pillar hangs from), which is what we can state
 * with confidence; ESCO URIs are left to staff (`escoUri`) where they check them. docs/domain.md §1: "job-offer
 * alerts matched to declared skills"; §2: matching on "skills, language, distance, availability, contract".
 *
 * One line per concept, fields separated by `|`:
 * - `S|id|Italian label|broader ids (comma)|synonyms (semicolon)` — a skill; a person with a skill also has
 *   every broader one (a forklift driver can do warehouse work), never the other way round;
 * - `O|id|Italian label|ISCO-08|synonyms (semicolon)` — an occupation.
 */
export const VOCABULARY_SEED = `
S|logistica|Logistica e magazzino||logistica; lavoro in logistica; settore logistico
S|magazzino|Lavoro di magazzino|logistica|magazzino; magazziniere; magazziniera; addetto al magazzino; addetta al magazzino; operaio di magazzino; attività di magazzino; gestione del magazzino; gestione magazzino
S|carrelli-elevatori|Conduzione di carrelli elevatori|magazzino|carrello elevatore; carrelli elevatori; muletto; guida muletto; guida del muletto; mulettista; carrellista; patentino muletto; patentino carrello elevatore; uso del muletto; conduzione muletto; guida carrello elevatore
S|transpallet|Uso del transpallet|magazzino|transpallet; transpallet elettrico; transpallet manuale; uso transpallet
S|commissionatore|Conduzione di commissionatori e carrelli retrattili|carrelli-elevatori|commissionatore; carrello retrattile; retrattile
S|picking|Preparazione ordini (picking)|magazzino|picking; preparazione ordini; prelievo merce; allestimento ordini; order picking
S|imballaggio|Imballaggio e confezionamento|magazzino|imballaggio; imballo; confezionamento; packaging; impacchettamento; incartonamento
S|carico-scarico|Carico e scarico merci|magazzino|carico e scarico; carico scarico; scarico merci; carico merci; movimentazione merci; facchinaggio; facchino
S|inventario|Inventario e controllo giacenze|magazzino|inventario; inventari; controllo giacenze; conteggio merce
S|ricevimento-merci|Ricevimento e controllo merci in ingresso|magazzino|ricevimento merci; controllo merci; accettazione merci; controllo bolle
S|spedizioni|Preparazione spedizioni|magazzino|spedizioni; gestione spedizioni; bolle di accompagnamento; ddt
S|terminale-rf|Uso di terminali e lettori barcode|magazzino|lettore barcode; terminale radiofrequenza; terminale rf; uso del terminale rf; pistola barcode; palmare di magazzino; scanner
S|wms|Uso di software gestionali di magazzino (WMS)|magazzino;informatica-base|wms; gestionale di magazzino; software di magazzino
S|etichettatura|Etichettatura e prezzatura|magazzino|etichettatura; prezzatura; etichettare
S|consegne|Consegne a domicilio e corriere|logistica|consegne; consegna pacchi; corriere; fattorino; rider; consegne a domicilio; driver
S|guida-furgone|Guida di furgoni (patente B)|consegne|guida furgone; furgonista; autista furgone
S|patente-c|Guida di autocarri (patente C/CQC)|logistica|patente c; cqc; camionista; autista camion; autotrasporto; patente ce
S|guida-autobus|Guida di autobus (patente D/CQC persone)||patente d; autista autobus; autista bus; cqc persone; guida autobus
S|pulizie|Pulizie professionali||pulizie; pulizia; addetto pulizie; addetta pulizie; addetto alle pulizie; impresa di pulizie; pulitore; pulitrice
S|pulizia-industriale|Pulizia industriale|pulizie|pulizia industriale; pulizie industriali; pulizia capannoni; pulizia stabilimenti
S|pulizia-uffici|Pulizia di uffici e locali|pulizie|pulizia uffici; pulizie uffici; pulizia locali; pulizia negozi; pulizie civili; pulizia civile
S|pulizia-sanitaria|Pulizia e sanificazione in ambito sanitario|pulizie;igiene-sanificazione|pulizia ospedaliera; pulizie ospedaliere; sanificazione ambienti sanitari; pulizia reparti
S|igiene-sanificazione|Sanificazione e disinfezione|pulizie|sanificazione; disinfezione; igienizzazione; sanificare
S|detergenti|Uso di detergenti professionali|pulizie|uso di detergenti professionali; detergenti; prodotti chimici per pulizia; diluizione detergenti
S|lavasciuga|Uso di lavasciuga e macchine per pulizia|macchine-pulizia|uso lavasciuga; lavasciuga; lavasciuga pavimenti; uso della lavasciuga
S|macchine-pulizia|Uso di macchinari per la pulizia||macchinari per pulizia; monospazzola; aspiraliquidi; spazzatrice; idropulitrice
S|pulizia-vetri|Pulizia di vetri e vetrate|pulizie|pulizia vetri; vetri; vetrate; lavavetri
S|pulizia-condomini|Pulizia di condomini e scale|pulizie|pulizia condomini; pulizia scale; scale condominiali
S|pulizie-domestiche|Pulizie domestiche|pulizie|pulizie domestiche; colf; collaboratrice domestica; collaboratore domestico; lavori domestici; faccende domestiche
S|stiro|Stiratura e lavanderia||stiro; stirare; stiratura; lavanderia; stireria; lavaggio biancheria
S|rifacimento-camere|Rifacimento camere|pulizie|rifacimento camere; cameriera ai piani; cameriere ai piani; governante; riassetto camere
S|raccolta-rifiuti|Raccolta e differenziazione dei rifiuti||raccolta rifiuti; raccolta differenziata; gestione rifiuti; smistamento rifiuti; ecologia
S|cura-persona|Assistenza alla persona||assistenza alla persona; cura della persona; assistenza; badante; assistente familiare; assistenza domiciliare
S|assistenza-anziani|Assistenza ad anziani|cura-persona|assistenza anziani; assistenza agli anziani; cura anziani; badante anziani
S|assistenza-disabili|Assistenza a persone con disabilità|cura-persona|assistenza disabili; assistenza a persone disabili; accompagnamento disabili
S|igiene-persona|Igiene personale dell’assistito|cura-persona|igiene personale; igiene della persona; bagno assistito; cura dell'igiene
S|mobilizzazione|Mobilizzazione e movimentazione dell’assistito|cura-persona|mobilizzazione; movimentazione pazienti; sollevatore; trasferimento letto carrozzina
S|somministrazione-pasti|Aiuto nell’alimentazione|cura-persona|imboccare; aiuto ai pasti; somministrazione pasti; alimentazione assistita
S|oss|Qualifica di operatore socio-sanitario (OSS)|cura-persona|oss; operatore socio sanitario; operatrice socio sanitaria; qualifica oss; attestato oss
S|asa|Qualifica di addetto all’assistenza di base (ADB/ASA)|cura-persona|asa; adb; addetto assistenza di base; ota
S|babysitting|Cura dei bambini (baby sitting)||babysitter; baby sitter; baby sitting; cura bambini; tata; accudimento bambini
S|animazione|Animazione e attività ricreative||animazione; animatore; animatrice; attività ricreative; animazione anziani
S|primo-soccorso|Primo soccorso|sicurezza-lavoro|primo soccorso; corso primo soccorso; blsd; bls
S|cucina|Cucina professionale|ristorazione|cucina; cuoco; cuoca; cucinare; preparazione piatti; chef
S|aiuto-cucina|Aiuto cucina e preparazioni di base|cucina|aiuto cucina; aiuto cuoco; aiuto cuoca; commis di cucina; preparazioni di base; preparazione alimenti; preparazione degli alimenti; mise en place cucina
S|lavaggio-stoviglie|Lavaggio stoviglie (lavapiatti)|ristorazione|lavapiatti; lavaggio stoviglie; plonge; lavastoviglie; sguattero
S|pizzeria|Preparazione di pizze|cucina|pizzaiolo; pizzaiola; pizza; preparazione pizze; aiuto pizzaiolo
S|pasticceria|Pasticceria|cucina|pasticceria; pasticcere; pasticciere; dolci
S|panificazione|Panificazione|produzione-alimentare|panificazione; panettiere; fornaio; panificio; pane
S|sala|Servizio di sala|ristorazione|servizio di sala; cameriere; cameriera; cameriere di sala; servizio ai tavoli; sala
S|bar|Servizio bar e caffetteria|ristorazione|barista; bar; caffetteria; banconista bar; preparazione caffè; bartender
S|ristorazione|Ristorazione||ristorazione; ristorante; settore ristorazione; food; horeca
S|mensa|Ristorazione collettiva e mensa|ristorazione|mensa; ristorazione collettiva; addetto mensa; addetta mensa; sporzionamento; scodellamento; refezione
S|haccp|Igiene alimentare (HACCP)|ristorazione|haccp; attestato haccp; alimentarista; igiene alimentare; libretto sanitario; corso haccp
S|catering|Catering e banqueting|ristorazione|catering; banqueting; eventi; allestimento buffet
S|vendita|Vendita al dettaglio||vendita; commessa; commesso; addetto vendite; addetta vendite; vendita al pubblico; negozio; retail
S|cassa|Gestione della cassa|vendita|cassa; cassiere; cassiera; addetto cassa; registratore di cassa; pos; gestione cassa
S|scaffali|Rifornimento scaffali|vendita;magazzino|rifornimento scaffali; scaffalista; scaffalatura; riassortimento; addetto scaffali; allestimento scaffali
S|banco-alimentare|Banco gastronomia, macelleria e pescheria|vendita;haccp|banco gastronomia; banconista; salumeria; gastronomia; banco salumi; banco macelleria; pescheria
S|assistenza-clienti|Assistenza clienti||assistenza clienti; servizio clienti; customer care; customer service; relazione con il cliente
S|call-center|Lavoro in call center|assistenza-clienti|call center; contact center; operatore telefonico; operatrice telefonica; telemarketing; centralino
S|visual-merchandising|Allestimento vetrine|vendita|vetrinista; allestimento vetrine; visual merchandising
S|produzione|Lavoro in produzione industriale||produzione; operaio; operaia; operaio generico; operaio di produzione; lavoro in fabbrica; linea di produzione; catena di montaggio
S|assemblaggio|Assemblaggio|produzione|assemblaggio; assemblatore; assemblatrice; montaggio; montaggio componenti
S|confezionamento-industriale|Confezionamento industriale|produzione;imballaggio|confezionamento industriale; addetto confezionamento; linea di confezionamento; confezionatrice
S|conduzione-macchine|Conduzione di macchine e impianti|produzione|conduzione macchine; conduttore macchine; operatore macchine; conduzione impianti; addetto macchine
S|cnc|Uso di macchine utensili CNC|conduzione-macchine|cnc; tornio cnc; fresa cnc; macchine a controllo numerico; operatore cnc; programmazione cnc
S|tornitura|Tornitura e fresatura|conduzione-macchine|tornitore; fresatore; tornio; fresa; tornitura; fresatura
S|saldatura|Saldatura|produzione|saldatura; saldatore; saldatrice; saldare; saldatura a filo; saldatura tig; saldatura mig
S|controllo-qualita|Controllo qualità|produzione|controllo qualità; collaudo; collaudatore; ispezione qualità
S|lettura-disegno|Lettura del disegno tecnico|produzione|disegno tecnico; lettura disegno; lettura del disegno meccanico
S|strumenti-misura|Uso di strumenti di misura|controllo-qualita|calibro; micrometro; strumenti di misura
S|produzione-alimentare|Produzione alimentare|produzione;haccp|produzione alimentare; industria alimentare; operaio alimentare; lavorazione alimenti; trasformazione alimentare
S|cucito|Cucito e confezione|produzione|cucito; sarta; sarto; cucitrice; macchina da cucire; confezione abiti; sartoria; taglio e cucito
S|manutenzione|Manutenzione|produzione|manutenzione; manutentore; manutenzione ordinaria; piccole riparazioni; tuttofare
S|meccanica-auto|Meccanica auto|manutenzione|meccanico; meccanica auto; autofficina; riparazione auto; gommista
S|elettricita|Impianti elettrici|edilizia|elettricista; impianti elettrici; cablaggio; cablaggi; impiantistica elettrica
S|idraulica|Impianti idraulici|edilizia|idraulico; impianti idraulici; termoidraulica; termoidraulico
S|edilizia|Lavori edili||edilizia; edile; operaio edile; cantiere; lavori edili; manovale; manovale edile
S|muratura|Muratura|edilizia|muratore; muratura; intonaco; intonacatura; posa mattoni
S|carpenteria|Carpenteria|edilizia|carpentiere; carpenteria; carpenteria edile; casseratura; carpenteria metallica
S|tinteggiatura|Tinteggiatura e verniciatura|edilizia|imbianchino; pittore edile; tinteggiatura; verniciatura; verniciatore; cartongesso
S|cartongesso|Posa di cartongesso|edilizia|cartongessista; posa cartongesso; controsoffitti
S|piastrelle|Posa di pavimenti e piastrelle|edilizia|piastrellista; posatore; posa piastrelle; posa pavimenti; pavimentista
S|ponteggi|Montaggio ponteggi|edilizia;sicurezza-lavoro|ponteggiatore; ponteggi; montaggio ponteggi; lavori in quota
S|demolizioni|Demolizioni e sgomberi|edilizia|demolizioni; sgomberi; sgombero; traslochi; traslocatore
S|macchine-movimento-terra|Conduzione di macchine movimento terra|edilizia|escavatore; ruspa; movimento terra; escavatorista; miniescavatore
S|giardinaggio|Giardinaggio e manutenzione del verde||giardinaggio; giardiniere; manutenzione del verde; cura del verde; potatura; taglio erba; decespugliatore; tosaerba
S|agricoltura|Lavoro agricolo||agricoltura; bracciante; bracciante agricolo; operaio agricolo; raccolta frutta; raccolta; vendemmia; lavoro nei campi
S|allevamento|Allevamento di animali|agricoltura|allevamento; stalla; mungitura; cura animali
S|trattore|Guida di trattori e macchine agricole|agricoltura|trattore; trattorista; macchine agricole; patentino trattore
S|ufficio|Lavoro d’ufficio||ufficio; impiegato; impiegata; impiegato d'ufficio; lavoro d’ufficio; amministrazione
S|segreteria|Segreteria e accoglienza|ufficio|segreteria; receptionist; reception; accoglienza; front office; centralinista; portineria
S|archiviazione|Archiviazione e gestione documenti|ufficio|archiviazione; archivio; protocollo; gestione documentale; scansione documenti
S|data-entry|Inserimento dati (data entry)|ufficio;informatica-base|data entry; inserimento dati; immissione dati; videoscrittura
S|contabilita|Contabilità di base|ufficio|contabilità; contabile; prima nota; fatturazione; registrazione fatture; paghe
S|informatica-base|Uso del computer (informatica di base)||computer; informatica di base; uso del pc; pc; internet; posta elettronica; email; ecdl; icdl
S|office|Uso di Word, Excel e pacchetto Office|informatica-base|word; excel; office; pacchetto office; fogli di calcolo; microsoft office; libreoffice
S|digitale-avanzato|Competenze digitali avanzate|informatica-base|programmazione; sviluppo software; grafica; social media; web
S|lingua-inglese|Lingua inglese (lavoro)||inglese; lingua inglese; english
S|lingua-francese|Lingua francese (lavoro)||francese; lingua francese
S|lingua-araba|Lingua araba (mediazione)||arabo; lingua araba
S|mediazione-culturale|Mediazione linguistico-culturale||mediazione culturale; mediatore culturale; mediatrice culturale; interprete; traduzione
S|sicurezza-lavoro|Sicurezza sul lavoro||sicurezza sul lavoro; corso sicurezza; formazione sicurezza; dlgs 81; d.lgs. 81/08; rspp; sicurezza generale
S|antincendio|Addetto antincendio|sicurezza-lavoro|antincendio; addetto antincendio; corso antincendio; prevenzione incendi
S|vigilanza|Portierato e vigilanza non armata||portiere; portierato; guardiania; custode; vigilanza; steward; sorveglianza; addetto alla sicurezza
S|parrucchiere|Acconciatura|servizi-persona|parrucchiere; parrucchiera; acconciatore; acconciatura; shampista
S|estetica|Estetica|servizi-persona|estetista; estetica; manicure; pedicure; onicotecnica
S|servizi-persona|Servizi alla persona||servizi alla persona; benessere
S|guida-auto|Guida di autovetture (patente B)||patente; patente b; automunito; automunita; guida auto; autista; autista privato
S|lavaggio-auto|Lavaggio di veicoli|pulizie|autolavaggio; lavaggio auto; lavaggio veicoli; lavaggio mezzi
S|turni|Lavoro su turni||turni; lavoro su turni; turni notturni; turnista; ciclo continuo
S|lavoro-squadra|Lavoro in squadra||lavoro in squadra; lavoro di gruppo; teamwork; collaborazione
S|puntualita|Puntualità e affidabilità||puntualità; affidabilità; precisione; responsabilità
S|problem-solving|Risoluzione di problemi||problem solving; risoluzione problemi; autonomia
S|comunicazione|Comunicazione con il pubblico||comunicazione; relazione con il pubblico; capacità comunicative; cortesia
S|lavori-pesanti|Lavoro fisico e movimentazione carichi||movimentazione carichi; lavori pesanti; sollevamento pesi; forza fisica; resistenza fisica
S|hotel|Servizi alberghieri||albergo; hotel; alberghiero; turismo; settore alberghiero
S|portineria-hotel|Portineria d’albergo|hotel;segreteria|portiere d'albergo; portiere di notte; night auditor; facchino d'albergo
S|ecommerce|Gestione ordini e-commerce|magazzino;informatica-base|e-commerce; ecommerce; ordini online; resi
O|o-magazziniere|Magazziniere|4321|magazziniere; magazziniera; addetto al magazzino; addetta al magazzino; operatore di magazzino; operatrice di magazzino
O|o-carrellista|Carrellista (conduttore di carrelli elevatori)|8344|carrellista; mulettista; conduttore di carrelli elevatori; operatore carrello elevatore
O|o-picker|Addetto al picking|4321|picker; addetto picking; addetta picking; preparatore ordini; preparatrice ordini
O|o-facchino|Facchino|9333|facchino; addetto carico e scarico; scaricatore
O|o-imballatore|Imballatore|9321|imballatore; imballatrice; addetto imballaggio; addetta imballaggio; confezionatore; confezionatrice
O|o-corriere|Corriere e fattorino|9621|corriere; fattorino; driver consegne; rider; pony express
O|o-autista-furgone|Autista di furgone|8322|autista furgone; furgonista; autista patente b
O|o-camionista|Camionista (autista di mezzi pesanti)|8332|camionista; autista mezzi pesanti; autotrasportatore; autista patente c
O|o-autista-bus|Autista di autobus|8331|autista autobus; autista di bus; conducente autobus; autista tper
O|o-addetto-pulizie|Addetto alle pulizie|9112|addetto pulizie; addetta pulizie; addetto alle pulizie; addetta alle pulizie; operatore ecologico interno; pulitore
O|o-pulizie-industriali|Addetto alle pulizie industriali|9112|addetto pulizie industriali; addetta pulizie industriali; operatore pulizie industriali
O|o-colf|Collaboratore domestico (colf)|9111|colf; collaboratrice domestica; collaboratore domestico; domestica
O|o-cameriera-piani|Cameriera ai piani|9112|cameriera ai piani; cameriere ai piani; addetta ai piani; governante d'albergo
O|o-lavanderia|Addetto di lavanderia e stireria|9121|addetto lavanderia; addetta lavanderia; stiratrice; stiratore
O|o-operatore-ecologico|Operatore ecologico|9611|operatore ecologico; netturbino; spazzino; addetto raccolta rifiuti
O|o-addetto-autolavaggio|Addetto all’autolavaggio|9122|addetto autolavaggio; lavaggista
O|o-oss|Operatore socio-sanitario (OSS)|5321|oss; operatore socio sanitario; operatrice socio sanitaria
O|o-asa|Addetto all’assistenza di base|5322|asa; adb; addetto assistenza di base; ausiliario socio assistenziale
O|o-badante|Assistente familiare (badante)|5322|badante; assistente familiare; assistente domiciliare; assistente anziani
O|o-babysitter|Baby sitter|5311|babysitter; baby sitter; tata
O|o-educatore-aiuto|Aiuto educatore e assistente all’infanzia|5312|aiuto educatore; assistente educativo; educatrice di nido; assistente all'infanzia
O|o-ausiliario-ospedaliero|Ausiliario ospedaliero|5329|ausiliario; ausiliaria; ausiliario ospedaliero; ausiliaria socio sanitaria
O|o-animatore|Animatore|3435|animatore; animatrice; animatore sociale
O|o-mediatore|Mediatore culturale|3412|mediatore culturale; mediatrice culturale; mediatore linguistico
O|o-cuoco|Cuoco|5120|cuoco; cuoca; chef; capocuoco; cuoco di mensa
O|o-aiuto-cuoco|Aiuto cuoco|9412|aiuto cuoco; aiuto cuoca; commis; aiuto cucina
O|o-lavapiatti|Lavapiatti|9412|lavapiatti; addetto lavaggio stoviglie; plongeur
O|o-pizzaiolo|Pizzaiolo|7512|pizzaiolo; pizzaiola
O|o-panettiere|Panettiere|7512|panettiere; panettiera; fornaio; fornaia
O|o-pasticcere|Pasticcere|7512|pasticcere; pasticciere; pasticcera
O|o-cameriere|Cameriere di sala|5131|cameriere; cameriera; cameriere di sala; cameriera di sala; commis di sala
O|o-barista|Barista|5132|barista; bartender; barman; banconista bar
O|o-addetto-mensa|Addetto alla mensa|9412|addetto mensa; addetta mensa; addetto ristorazione collettiva; scodellatore
O|o-addetto-fast-food|Addetto fast food|9411|addetto fast food; addetta fast food; crew fast food
O|o-commesso|Commesso di negozio|5223|commesso; commessa; addetto vendite; addetta vendite; sales assistant
O|o-cassiere|Cassiere|5230|cassiere; cassiera; addetto cassa; addetta cassa
O|o-scaffalista|Scaffalista|9334|scaffalista; addetto scaffali; addetta scaffali; addetto rifornimento
O|o-banconista|Banconista di gastronomia|5246|banconista; banconista gastronomia; salumiere; salumiera; addetto banco
O|o-macellaio|Macellaio|7511|macellaio; macellaia; addetto macelleria
O|o-operatore-call-center|Operatore di call center|4222|operatore call center; operatrice call center; operatore telefonico; telefonista
O|o-operaio-generico|Operaio generico di produzione|9329|operaio generico; operaia generica; operaio di produzione; addetto produzione; addetta produzione
O|o-assemblatore|Assemblatore|8211|assemblatore; assemblatrice; montatore; addetto montaggio
O|o-assemblatore-elettrico|Assemblatore di apparecchiature elettriche|8212|cablatore; cablatrice; assemblatore elettrico
O|o-operatore-macchine|Operatore di macchine|8189|operatore macchine; conduttore macchine; conduttore di impianti; macchinista
O|o-operatore-cnc|Operatore CNC|7223|operatore cnc; tornitore cnc; fresatore cnc; attrezzista
O|o-saldatore|Saldatore|7212|saldatore; saldatrice; saldocarpentiere
O|o-confezionatore-alimentare|Addetto al confezionamento alimentare|8160|addetto confezionamento alimentare; operaio alimentare; addetta linea alimentare
O|o-sarta|Sarta|7531|sarta; sarto; addetta sartoria
O|o-cucitrice|Cucitrice a macchina|8153|cucitrice; cucitore; macchinista di confezione
O|o-manutentore|Manutentore|7233|manutentore; manutentrice; tecnico manutentore; addetto manutenzione
O|o-meccanico|Meccanico d’auto|7231|meccanico; meccanico auto; autoriparatore; gommista
O|o-magazziniere-ricambi|Addetto ai ricambi|4321|ricambista; addetto ricambi
O|o-muratore|Muratore|7112|muratore; muratrice
O|o-manovale|Manovale edile|9313|manovale; manovale edile; operaio edile; aiuto muratore
O|o-carpentiere|Carpentiere|7115|carpentiere; carpentiere edile
O|o-imbianchino|Imbianchino|7131|imbianchino; pittore edile; tinteggiatore
O|o-cartongessista|Cartongessista|7123|cartongessista
O|o-piastrellista|Piastrellista|7122|piastrellista; posatore pavimenti
O|o-elettricista|Elettricista|7411|elettricista; aiuto elettricista; impiantista elettrico
O|o-idraulico|Idraulico|7126|idraulico; termoidraulico; aiuto idraulico
O|o-escavatorista|Escavatorista|8342|escavatorista; ruspista; conduttore macchine movimento terra
O|o-giardiniere|Giardiniere|6113|giardiniere; giardiniera; manutentore del verde
O|o-operaio-verde|Operaio del verde|9214|operaio del verde; addetto manutenzione verde; aiuto giardiniere
O|o-bracciante|Bracciante agricolo|9211|bracciante; bracciante agricolo; operaio agricolo; raccoglitore
O|o-trattorista|Trattorista|8341|trattorista; conduttore di trattori
O|o-impiegato|Impiegato amministrativo|4110|impiegato; impiegata; impiegato amministrativo; impiegata amministrativa; addetto ufficio
O|o-segretaria|Segretario|4120|segretaria; segretario; addetta segreteria; addetto segreteria
O|o-receptionist|Receptionist|4226|receptionist; addetto reception; addetta reception; addetto accoglienza; addetta accoglienza
O|o-data-entry|Operatore di data entry|4132|operatore data entry; addetto inserimento dati; addetta inserimento dati
O|o-contabile|Addetto alla contabilità|4311|contabile; addetto contabilità; addetta contabilità
O|o-portiere|Portiere e custode|9629|portiere; custode; portinaio; addetto portineria
O|o-vigilanza|Addetto alla vigilanza non armata|5414|addetto vigilanza; guardia non armata; steward; addetto sicurezza
O|o-parrucchiere|Parrucchiere|5141|parrucchiere; parrucchiera; acconciatore
O|o-estetista|Estetista|5142|estetista; onicotecnica
O|o-traslocatore|Traslocatore|9333|traslocatore; addetto traslochi; sgomberatore
`;
