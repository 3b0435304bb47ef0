/** The questionnaire sent to people out of protocol (fuori protocollo): are they working, on which contract, which offers. */
export const SURVEY_TEMPLATES = {
  fuori_protocollo_survey: {
    it: {
      subject: 'Come stai? Un breve questionario di Insieme per il lavoro',
      body: 'Ciao {{firstName}},\n\nda qualche tempo il tuo percorso con Insieme per il lavoro è sospeso. Ci aiuti a capire come stai?\nSono tre domande: se lavori, con quale contratto e quante offerte di lavoro hai ricevuto.\n\nRispondi qui: {{surveyUrl}}\n\nLe risposte servono solo a valutare il programma. Puoi sempre chiedere di rientrare: {{readmissionUrl}}',
    },
    en: {
      subject: 'How are you? A short questionnaire from Insieme per il lavoro',
      body: 'Hello {{firstName}},\n\nyour path with Insieme per il lavoro has been paused for a while. Would you tell us how you are?\nThere are three questions: whether you are working, on which contract, and how many job offers you received.\n\nAnswer here: {{surveyUrl}}\n\nThe answers are used only to evaluate the programme. You can always ask to come back: {{readmissionUrl}}',
    },
  },
} as const;
