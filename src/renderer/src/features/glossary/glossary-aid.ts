/** The Glossary tab's id in the aids dock (aid-panels.ts lists it; Alt+G toggles it). */
export const GLOSSARY_AID = 'glossary';
