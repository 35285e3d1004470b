<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>BoardEditor</name>
    <message>
        <location filename="../../codesign/canvas/editor.py" line="+84"/>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n Karte verschieben</numerusform>
            <numerusform>%n Karten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resize card</source>
        <translation>Kartengröße ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change card type</source>
        <translation>Kartentyp ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring to front</source>
        <translation>In den Vordergrund</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draw arrow</source>
        <translation>Pfeil zeichnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Label arrow</source>
        <translation>Pfeil beschriften</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n arrow(s)</source>
        <translation>
            <numerusform>%n Pfeil löschen</numerusform>
            <numerusform>%n Pfeile löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add moment</source>
        <translation>Moment hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add lane</source>
        <translation>Ebene hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move moment</source>
        <translation>Moment verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move lane</source>
        <translation>Ebene verschieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete moment</source>
        <translation>Moment löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete lane</source>
        <translation>Ebene löschen</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../codesign/hypotheses/capture_dialog.py" line="+40"/>
        <source>New Hypothesis</source>
        <translation>Neue Hypothese</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>…e.g. a text message after each step will cut calls to the hotline</source>
        <translation>… z. B. eine SMS nach jedem Schritt senkt die Anrufe bei der Hotline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who it is for: a group of customers or staff</source>
        <translation>Für wen: eine Gruppe von Kund:innen oder Mitarbeitenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A small, cheap test: a prototype, a trial at one branch…</source>
        <translation>Ein kleiner, günstiger Test: ein Prototyp, ein Versuch in einer Filiale …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What we count or watch</source>
        <translation>Was wir zählen oder beobachten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number or sign that would prove us right</source>
        <translation>Die Zahl oder das Zeichen, das uns recht geben würde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who takes care of the test</source>
        <translation>Wer sich um den Test kümmert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a deadline</source>
        <translation>Frist setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We &amp;believe that…</source>
        <translation>Wir &amp;glauben, dass …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We believe that</source>
        <translation>Wir glauben, dass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For who&amp;m…</source>
        <translation>&amp;Für wen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For whom</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verif&amp;y it, we will…</source>
        <translation>Um das zu &amp;prüfen, werden wir …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To verify it, we will</source>
        <translation>Um das zu prüfen, werden wir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>And meas&amp;ure…</source>
        <translation>Und &amp;messen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>And measure</source>
        <translation>Und messen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are &amp;right if…</source>
        <translation>Wir liegen &amp;richtig, wenn …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We are right if</source>
        <translation>Wir liegen richtig, wenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>Verant&amp;wortlich:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>Fris&amp;t:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Criticality:</source>
        <translation>&amp;Kritikalität:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links of the new hypothesis</source>
        <translation>Verknüpfungen der neuen Hypothese</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked to:</source>
        <translation>Verknüpft mit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save Hypothesis</source>
        <translation>Hypothese &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save hypothesis</source>
        <translation>Hypothese speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it as a new idea (%1)</source>
        <translation>Als neue Idee speichern (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 saves · Esc cancels</source>
        <translation>%1 speichert · Esc bricht ab</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Untitled moment</source>
        <translation>Unbenannter Moment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing yet (you can link it on the board later)</source>
        <translation>noch nichts (Sie können sie später auf dem Board verknüpfen)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moment “%1”</source>
        <translation>Moment „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>card “%1”</source>
        <translation>Karte „%1“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moment “%1”</source>
        <translation>Moment „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link to %1</source>
        <translation>Verknüpfung mit %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not link it to this</source>
        <translation>Nicht damit verknüpfen</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../codesign/canvas/card_editor.py" line="+30"/>
        <source>Card title</source>
        <translation>Kartentitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card text</source>
        <translation>Kartentext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More detail (Shift+Enter for a new line)</source>
        <translation>Weitere Details (Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
</context>
<context>
    <name>CardPalette</name>
    <message>
        <location filename="../../codesign/canvas/palette.py" line="+200"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../codesign/app/crash.py" line="+58"/>
        <source>Something unexpected went wrong in codesign. Your workshop is safe: every change you made before this was already saved.</source>
        <translation>In codesign ist etwas Unerwartetes passiert. Ihr Workshop ist sicher: Jede Änderung, die Sie vorher gemacht haben, war bereits gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it happens again, please send the file {log} to the people who support codesign.</source>
        <translation>Falls es wieder passiert, senden Sie bitte die Datei {log} an die Personen, die codesign betreuen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Unexpected problem</source>
        <translation>Unerwartetes Problem</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../codesign/app/workshop_form.py" line="+91"/>
        <location line="+4"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Workshop date</source>
        <translation>Workshop-Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the date</source>
        <translation>Datum entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the workshop date</source>
        <translation>Workshop-Datum entfernen</translation>
    </message>
</context>
<context>
    <name>DisagreementTable</name>
    <message>
        <location filename="../../codesign/voting/results_tables.py" line="+91"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Kund:innen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who cares more</source>
        <translation>Wem es wichtiger ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where customers and staff disagree</source>
        <translation>Wo Kund:innen und Mitarbeitende sich uneinig sind</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customers care more</source>
        <translation>Kund:innen ist es wichtiger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff care more</source>
        <translation>Mitarbeitenden ist es wichtiger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../codesign/app/errors.py" line="+58"/>
        <source>Something could not be done</source>
        <translation>Etwas konnte nicht ausgeführt werden</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../codesign/app/file_dialogs.py" line="+15"/>
        <source>codesign workshops (*.codesign)</source>
        <translation>codesign-Workshops (*.codesign)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshops as JSON (*.json)</source>
        <translation>Workshops als JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Workshop from JSON</source>
        <translation>Workshop aus JSON importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Workshop as JSON</source>
        <translation>Workshop als JSON exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Folder for the Workshop</source>
        <translation>Ordner für den Workshop wählen</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../codesign/app/help.py" line="+60"/>
        <source>Run your first workshop</source>
        <translation>Ihren ersten Workshop durchführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
</context>
<context>
    <name>Hypotheses</name>
    <message>
        <location filename="../../codesign/hypotheses/table_model.py" line="+33"/>
        <source>! Low</source>
        <translation>! Niedrig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>!! Medium</source>
        <translation>!! Mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>!!! High</source>
        <translation>!!! Hoch</translation>
    </message>
</context>
<context>
    <name>HypothesesWindow</name>
    <message>
        <location filename="../../codesign/hypotheses/window.py" line="+28"/>
        <source>Hypotheses — codesign</source>
        <translation>Hypothesen — codesign</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New hypothesis…</source>
        <translation>Neue Hypothese …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture a hypothesis (Ctrl+H), linked to the cards chosen on the board</source>
        <translation>Eine Hypothese festhalten (Strg+H), verknüpft mit den auf dem Board gewählten Karten</translation>
    </message>
</context>
<context>
    <name>HypothesisBoard</name>
    <message>
        <location filename="../../codesign/hypotheses/board.py" line="+163"/>
        <source>Hypothesis board</source>
        <translation>Hypothesen-Board</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board message</source>
        <translation>Board-Meldung</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n hypothesis(es)</source>
        <translation>
            <numerusform>%n Hypothese</numerusform>
            <numerusform>%n Hypothesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No owner yet</source>
        <translation>Noch niemand verantwortlich</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n linked card(s)</source>
        <translation>
            <numerusform>%n verknüpfte Karte</numerusform>
            <numerusform>%n verknüpfte Karten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no linked cards</source>
        <translation>keine verknüpften Karten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No learning written yet</source>
        <translation>Noch keine Erkenntnis notiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner: {owner}</source>
        <translation>Verantwortlich: {owner}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Let go. Press Enter to open it and write down what you learned: that is the result of this idea.</source>
        <translation>Losgelassen. Drücken Sie die Eingabetaste, um sie zu öffnen und festzuhalten, was Sie gelernt haben: Das ist das Ergebnis dieser Idee.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is already the last column.</source>
        <translation>Das ist bereits die letzte Spalte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is already the first column.</source>
        <translation>Das ist bereits die erste Spalte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick it up again as a new idea first: a hypothesis that was let go goes back to Idea.</source>
        <translation>Greifen Sie sie zuerst als neue Idee wieder auf: Eine losgelassene Hypothese geht zurück zu „Idee“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An adopted hypothesis stays adopted until it is let go.</source>
        <translation>Eine übernommene Hypothese bleibt übernommen, bis sie losgelassen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test it again first: move it back to Testing, then record the new result.</source>
        <translation>Testen Sie sie zuerst erneut: Verschieben Sie sie zurück zu „Im Test“ und halten Sie dann das neue Ergebnis fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test it first: only a hypothesis in Testing can be validated.</source>
        <translation>Testen Sie sie zuerst: Nur eine Hypothese im Test kann bestätigt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test it first: only a hypothesis in Testing can be invalidated.</source>
        <translation>Testen Sie sie zuerst: Nur eine Hypothese im Test kann widerlegt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a validated hypothesis can be adopted.</source>
        <translation>Nur eine bestätigte Hypothese kann übernommen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step at a time: from {old} it can go to {steps}.</source>
        <translation>Ein Schritt nach dem anderen: Von {old} kann sie zu {steps} wechseln.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to {status}</source>
        <translation>Verschieben nach {status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Let go, and what we learned</source>
        <translation>Losgelassen, und was wir gelernt haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ideas let go, and what they taught us, gather here.</source>
        <translation>Losgelassene Ideen und was sie uns gelehrt haben, sammeln sich hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a card to its next step, or select it and press Ctrl+Right or Ctrl+Left. Enter opens it.</source>
        <translation>Ziehen Sie eine Karte zu ihrem nächsten Schritt, oder wählen Sie sie aus und drücken Sie Strg+Rechts oder Strg+Links. Die Eingabetaste öffnet sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No hypotheses yet. Turn the cards with the most dots into ideas to test: each one starts here, in Idea.</source>
        <translation>Noch keine Hypothesen. Machen Sie aus den Karten mit den meisten Punkten Ideen zum Testen: Jede beginnt hier, bei „Idee“.</translation>
    </message>
</context>
<context>
    <name>HypothesisDetail</name>
    <message>
        <location filename="../../codesign/hypotheses/detail_editor.py" line="+59"/>
        <source>No start date</source>
        <translation>Kein Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a start date</source>
        <translation>Beginn festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a deadline</source>
        <translation>Frist setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 3 person-days</source>
        <translation>z. B. 3 Personentage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We &amp;believe that…</source>
        <translation>Wir &amp;glauben, dass …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We believe that</source>
        <translation>Wir glauben, dass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For who&amp;m…</source>
        <translation>&amp;Für wen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For whom</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verif&amp;y it, we will…</source>
        <translation>Um das zu &amp;prüfen, werden wir …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To verify it, we will</source>
        <translation>Um das zu prüfen, werden wir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>And meas&amp;ure…</source>
        <translation>Und &amp;messen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>And measure</source>
        <translation>Und messen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are &amp;right if…</source>
        <translation>Wir liegen &amp;richtig, wenn …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We are right if</source>
        <translation>Wir liegen richtig, wenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>Verant&amp;wortlich:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;art:</source>
        <translation>Begi&amp;nn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>Fris&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effor&amp;t:</source>
        <translation>&amp;Aufwand:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criticality:</source>
        <translation>&amp;Kritikalität:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We ob&amp;served…</source>
        <translation>Wir haben &amp;beobachtet …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We observed</source>
        <translation>Wir haben beobachtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We &amp;learned…</source>
        <translation>Wir haben ge&amp;lernt …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We learned</source>
        <translation>Wir haben gelernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisio&amp;n:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therefore we w&amp;ill…</source>
        <translation>&amp;Deshalb werden wir …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Therefore we will</source>
        <translation>Deshalb werden wir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test card</source>
        <translation>Testkarte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What we will test, and how we will know</source>
        <translation>Was wir testen und woran wir es erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning card</source>
        <translation>Lernkarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the test showed, and what we do about it</source>
        <translation>Was der Test gezeigt hat und was wir daraus machen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why? (kept in the history)</source>
        <translation>Warum? (wird im Verlauf festgehalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the next status change</source>
        <translation>Notiz für den nächsten Statuswechsel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move to:</source>
        <translation>Verschieben nach:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to “%1”</source>
        <translation>Verschieben nach „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let it go: what you learned stays with it</source>
        <translation>Loslassen: Was Sie gelernt haben, bleibt erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked cards and moments</source>
        <translation>Verknüpfte Karten und Momente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status history, oldest first</source>
        <translation>Statusverlauf, älteste zuerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;ked to</source>
        <translation>&amp;Verknüpft mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a hypothesis to see its test card and learning card.</source>
        <translation>Wählen Sie eine Hypothese, um ihre Testkarte und Lernkarte zu sehen.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>A hypothesis needs a statement; the old one was kept.</source>
        <translation>Eine Hypothese braucht eine Aussage; die bisherige wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled moment</source>
        <translation>Unbenannter Moment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card “%1”</source>
        <translation>Karte „%1“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moment “%1”</source>
        <translation>Moment „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click or press Enter to show it on the board</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um es auf dem Board zu zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked to any card or moment</source>
        <translation>Mit keiner Karte und keinem Moment verknüpft</translation>
    </message>
</context>
<context>
    <name>HypothesisEditor</name>
    <message>
        <location filename="../../codesign/hypotheses/editor.py" line="+47"/>
        <source>New hypothesis</source>
        <translation>Neue Hypothese</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit hypothesis</source>
        <translation>Hypothese bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Link hypothesis</source>
        <translation>Hypothese verknüpfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete hypothesis</source>
        <translation>Hypothese löschen</translation>
    </message>
</context>
<context>
    <name>HypothesisFields</name>
    <message>
        <location filename="../../codesign/hypotheses/fields.py" line="+63"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · low</source>
        <translation>1 · niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · medium</source>
        <translation>2 · mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · high</source>
        <translation>3 · hoch</translation>
    </message>
</context>
<context>
    <name>HypothesisTable</name>
    <message>
        <location filename="../../codesign/hypotheses/table_view.py" line="+24"/>
        <source>Hypotheses table</source>
        <translation>Hypothesentabelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any criticality</source>
        <translation>Jede Kritikalität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{marks} or higher</source>
        <translation>{marks} oder höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{marks} only</source>
        <translation>nur {marks}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Search statements</source>
        <translation>Aussagen durchsuchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear every filter</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many hypotheses are shown</source>
        <translation>Wie viele Hypothesen angezeigt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Moment</source>
        <translation>&amp;Moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;riticality</source>
        <translation>&amp;Kritikalität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;earch</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hypotheses</source>
        <translation>Hypothesen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No owner yet</source>
        <translation>Noch niemand verantwortlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{journey}: {moment}</source>
        <translation>{journey}: {moment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All moments</source>
        <translation>Alle Momente</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No hypotheses yet. Capture one from a card on the board with the most dots.</source>
        <translation>Noch keine Hypothesen. Halten Sie eine zu einer Karte mit den meisten Punkten auf dem Board fest.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hypothesis(es)</source>
        <translation>
            <numerusform>%n Hypothese</numerusform>
            <numerusform>%n Hypothesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n hypothesis(es) shown. “Show all” clears the filters.</source>
        <translation>
            <numerusform>{shown} von %n Hypothese angezeigt. „Alle anzeigen“ setzt die Filter zurück.</numerusform>
            <numerusform>{shown} von %n Hypothesen angezeigt. „Alle anzeigen“ setzt die Filter zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HypothesisTableModel</name>
    <message>
        <location filename="../../codesign/hypotheses/table_model.py" line="+92"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moments</source>
        <translation>Momente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{date} (overdue)</source>
        <translation>{date} (überfällig)</translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <location filename="../../codesign/canvas/grid_items.py" line="+110"/>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../../codesign/canvas/scene.py" line="+345"/>
        <source>Change emotion</source>
        <translation>Emotion ändern</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location filename="../../codesign/canvas/view.py" line="+39"/>
        <source>Journey board</source>
        <translation>Journey-Board</translation>
    </message>
    <message>
        <location line="+291"/>
        <location line="+187"/>
        <location line="+45"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-223"/>
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>%n Karte duplizieren</numerusform>
            <numerusform>%n Karten duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+96"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Moment name:</source>
        <translation>Name des Moments:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lane name:</source>
        <translation>Name der Ebene:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrow label</source>
        <translation>Pfeilbeschriftung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label:</source>
        <translation>Beschriftung:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add card here</source>
        <translation>Karte hier hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+58"/>
        <source>Add moment</source>
        <translation>Moment hinzufügen</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+57"/>
        <source>Add lane</source>
        <translation>Ebene hinzufügen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Add emotion lane</source>
        <translation>Emotionsebene hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring to front</source>
        <translation>In den Vordergrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture hypothesis…</source>
        <translation>Hypothese festhalten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add moment before</source>
        <translation>Moment davor hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add lane above</source>
        <translation>Ebene darüber hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add moment after</source>
        <translation>Moment danach hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add lane below</source>
        <translation>Ebene darunter hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capture hypothesis for this moment…</source>
        <translation>Hypothese zu diesem Moment festhalten …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete moment…</source>
        <translation>Moment löschen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete lane…</source>
        <translation>Ebene löschen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the new moment:</source>
        <translation>Name des neuen Moments:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new lane:</source>
        <translation>Name der neuen Ebene:</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Delete this moment and the %n card(s) in it?</source>
        <translation>
            <numerusform>Diesen Moment und die %n Karte darin löschen?</numerusform>
            <numerusform>Diesen Moment und die %n Karten darin löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete this lane and the %n card(s) in it?</source>
        <translation>
            <numerusform>Diese Ebene und die %n Karte darin löschen?</numerusform>
            <numerusform>Diese Ebene und die %n Karten darin löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this.</source>
        <translation>Sie können das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Journeys</name>
    <message>
        <location filename="../../codesign/canvas/journeys.py" line="+33"/>
        <source>Moment {number}</source>
        <translation>Moment {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add journey</source>
        <translation>Journey hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename journey</source>
        <translation>Journey umbenennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete journey</source>
        <translation>Journey löschen</translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <location filename="../../codesign/model/journey.py" line="+21"/>
        <source>Customer actions</source>
        <translation>Aktionen der Kund:innen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frontstage touchpoints</source>
        <translation>Touchpoints auf der Vorderbühne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backstage</source>
        <translation>Hinterbühne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support processes</source>
        <translation>Unterstützende Prozesse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../codesign/app/main_window.py" line="+55"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Neuer Workshop …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new workshop</source>
        <translation>Einen neuen Workshop beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a workshop file</source>
        <translation>Eine Workshop-Datei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo Workshop</source>
        <translation>De&amp;mo-Workshop öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a fresh copy of the demo workshop</source>
        <translation>Eine frische Kopie des Demo-Workshops öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a copy of this workshop to another file; you keep working here</source>
        <translation>Eine Kopie dieses Workshops in eine andere Datei schreiben; Sie arbeiten hier weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a workshop from a JSON file</source>
        <translation>Einen Workshop aus einer JSON-Datei erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this workshop as a JSON file</source>
        <translation>Diesen Workshop als JSON-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF Summary…</source>
        <translation>&amp;PDF-Zusammenfassung exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF for stakeholders: the journey, the votes, the hypotheses and what was learned</source>
        <translation>Ein PDF für Stakeholder: die Journey, die Punkte, die Hypothesen und was gelernt wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Board &amp;Image…</source>
        <translation>Board als Bil&amp;d exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journey in front as a PNG or SVG picture</source>
        <translation>Die vorne liegende Journey als PNG- oder SVG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Vote Results (CSV)…</source>
        <translation>&amp;Abstimmungsergebnisse exportieren (CSV) …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per card per round, with the dots of each group</source>
        <translation>Eine Zeile pro Karte und Runde, mit den Punkten jeder Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this workshop</source>
        <translation>Diesen Workshop schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close every workshop and quit</source>
        <translation>Alle Workshops schließen und beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language, theme, defaults for voting and PDFs, where workshops go, safety copies</source>
        <translation>Sprache, Farbschema, Vorgaben für Abstimmungen und PDFs, Ablageort der Workshops, Sicherungskopien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run Your &amp;First Workshop</source>
        <translation>Ihren &amp;ersten Workshop durchführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short guide: before, during and after the session</source>
        <translation>Ein kurzer Leitfaden: vor, während und nach der Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About codesign</source>
        <translation>&amp;Über codesign</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Card Text</source>
        <translation>Karten&amp;text bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock or Unlock Cards</source>
        <translation>Karten &amp;sperren oder entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked cards cannot be moved by accident on the shared screen</source>
        <translation>Gesperrte Karten lassen sich auf dem gemeinsamen Bildschirm nicht versehentlich verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Content</source>
        <translation>An &amp;Inhalt anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole journey</source>
        <translation>Die ganze Journey zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;100%</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Journey…</source>
        <translation>&amp;Neue Journey …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Journey…</source>
        <translation>Journey &amp;umbenennen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Journey…</source>
        <translation>Journey &amp;löschen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Moment…</source>
        <translation>&amp;Moment hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Lane…</source>
        <translation>&amp;Ebene hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present on Shared Screen</source>
        <translation>Auf gemeinsamem Bildschirm &amp;präsentieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-screen voting for the room, on the second screen if there is one</source>
        <translation>Abstimmung im Vollbild für den Raum, auf dem zweiten Bildschirm, falls vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Voting Round…</source>
        <translation>&amp;Neue Abstimmungsrunde …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open or Close Voting</source>
        <translation>Abstimmung ö&amp;ffnen oder schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reveal or Hide Dots</source>
        <translation>Punkte &amp;aufdecken oder verbergen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;Tally…</source>
        <translation>Papier&amp;zählung …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Results…</source>
        <translation>&amp;Ergebnisse …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting &amp;Panel</source>
        <translation>Abstimmungs&amp;bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capture Hypothesis…</source>
        <translation>Hypothese &amp;festhalten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down a hypothesis now, linked to the chosen cards</source>
        <translation>Jetzt eine Hypothese notieren, verknüpft mit den gewählten Karten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show Hypotheses</source>
        <translation>Hypothesen &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status board and table of this workshop&apos;s hypotheses</source>
        <translation>Das Status-Board und die Tabelle der Hypothesen dieses Workshops</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>V&amp;oting</source>
        <translation>Ab&amp;stimmung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>H&amp;ypotheses</source>
        <translation>H&amp;ypothesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zoom level</source>
        <translation>Zoomstufe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent workshops</source>
        <translation>Keine zuletzt geöffneten Workshops</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes are saved, but no safety copy could be made: {reason}</source>
        <translation>Ihre Änderungen sind gespeichert, aber es konnte keine Sicherungskopie angelegt werden: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All changes saved ({time})</source>
        <translation>Alle Änderungen gespeichert ({time})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Workshop closed. All changes were saved.</source>
        <translation>Workshop geschlossen. Alle Änderungen wurden gespeichert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Untitled workshop</source>
        <translation>Unbenannter Workshop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} (demo copy)</source>
        <translation>{file} (Demo-Kopie)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a Copy of the Workshop</source>
        <translation>Eine Kopie des Workshops speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save a copy</source>
        <translation>Kopie konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved a copy as {path}</source>
        <translation>Kopie gespeichert als {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not export the workshop</source>
        <translation>Workshop konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the workshop to {path}</source>
        <translation>Workshop exportiert nach {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported the PDF summary to {path}</source>
        <translation>PDF-Zusammenfassung exportiert nach {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF export was cancelled; no file was written.</source>
        <translation>Der PDF-Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF was not written.</source>
        <translation>Das PDF wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Board Image</source>
        <translation>Board als Bild exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not export the picture</source>
        <translation>Bild konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the board to {path}</source>
        <translation>Board exportiert nach {path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export Vote Results</source>
        <translation>Abstimmungsergebnisse exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not export the vote results</source>
        <translation>Abstimmungsergebnisse konnten nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the vote results to {path}</source>
        <translation>Abstimmungsergebnisse exportiert nach {path}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Settings saved. Restart codesign to see the new language in every window.</source>
        <translation>Einstellungen gespeichert. Starten Sie codesign neu, um die neue Sprache in allen Fenstern zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;codesign {version}&lt;/h3&gt;&lt;p&gt;Co-design workshops for service design: map a journey with customers and staff, dot-vote, and turn what matters into small experiments.&lt;/p&gt;&lt;p&gt;Every workshop is one &lt;i&gt;.codesign&lt;/i&gt; file. Each change is saved the moment you make it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;codesign {version}&lt;/h3&gt;&lt;p&gt;Co-Design-Workshops für Service Design: eine Journey gemeinsam mit Kund:innen und Mitarbeitenden erarbeiten, mit Punkten abstimmen und das Wichtigste in kleine Experimente verwandeln.&lt;/p&gt;&lt;p&gt;Jeder Workshop ist eine &lt;i&gt;.codesign&lt;/i&gt;-Datei. Jede Änderung wird in dem Moment gespeichert, in dem Sie sie machen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>About codesign</source>
        <translation>Über codesign</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message>
        <location filename="../../codesign/canvas/editor.py" line="-174"/>
        <source>That item is no longer on the board.</source>
        <translation>Dieses Element ist nicht mehr auf dem Board.</translation>
    </message>
    <message>
        <location filename="../../codesign/hypotheses/editor.py" line="-49"/>
        <source>That hypothesis is no longer there.</source>
        <translation>Diese Hypothese gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../codesign/model/hypothesis_rules.py" line="+50"/>
        <source>A hypothesis has no field {name}.</source>
        <translation>Eine Hypothese hat kein Feld {name}.</translation>
    </message>
    <message>
        <location filename="../../codesign/model/board.py" line="+100"/>
        <source>These cards are already joined by an arrow.</source>
        <translation>Diese Karten sind bereits durch einen Pfeil verbunden.</translation>
    </message>
    <message>
        <location filename="../../codesign/model/hypothesis_rules.py" line="+15"/>
        <source>A hypothesis cannot go from “{old}” to “{new}”: {why}</source>
        <translation>Eine Hypothese kann nicht von „{old}“ zu „{new}“ wechseln: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>test it first.</source>
        <translation>Erst testen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a validated hypothesis is adopted.</source>
        <translation>Nur eine bestätigte Hypothese wird übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pick it up again as a new idea first.</source>
        <translation>Erst als neue Idee wieder aufgreifen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that step is not part of its life cycle.</source>
        <translation>Dieser Schritt gehört nicht zu ihrem Lebenszyklus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This hypothesis has a history. Let it go instead: it stays visible with what was learned.</source>
        <translation>Diese Hypothese hat einen Verlauf. Lassen Sie sie stattdessen los: Sie bleibt mit dem Gelernten sichtbar.</translation>
    </message>
    <message>
        <location filename="../../codesign/model/journey.py" line="+58"/>
        <source>That moment is not part of this journey.</source>
        <translation>Dieser Moment gehört nicht zu dieser Journey.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That lane is not part of this journey.</source>
        <translation>Diese Ebene gehört nicht zu dieser Journey.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>A touchpoint needs a channel and no note type.</source>
        <translation>Ein Touchpoint braucht einen Kanal und keinen Notiztyp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note needs a note type and no channel.</source>
        <translation>Eine Notiz braucht einen Notiztyp und keinen Kanal.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An arrow needs two different cards.</source>
        <translation>Ein Pfeil braucht zwei verschiedene Karten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An arrow can only join cards on the same journey.</source>
        <translation>Ein Pfeil kann nur Karten auf derselben Journey verbinden.</translation>
    </message>
    <message>
        <location filename="../../codesign/model/rules.py" line="+21"/>
        <source>{field} must be text.</source>
        <translation>{field} muss Text sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} contains a NUL character.</source>
        <translation>{field} enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} contains a broken character (a lone surrogate).</source>
        <translation>{field} enthält ein defektes Zeichen (ein einzelnes Surrogat).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../codesign/model/voting.py" line="+31"/>
        <location filename="../../codesign/storage/interchange.py" line="+62"/>
        <source>{field} must be one of {allowed}, not {value!r}.</source>
        <translation>{field} muss eines von {allowed} sein, nicht {value!r}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} must be a number.</source>
        <translation>{field} muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must be between {low} and {high}, not {value}.</source>
        <translation>{field} muss zwischen {low} und {high} liegen, nicht {value}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field} must be a whole number.</source>
        <translation>{field} muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{field} must be a colour like #3366AA, not {value!r}.</source>
        <translation>{field} muss eine Farbe wie #3366AA sein, nicht {value!r}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} must be 1 to {most} characters, not {value!r}.</source>
        <translation>{field} muss 1 bis {most} Zeichen lang sein, nicht {value!r}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{field} must be a date like 2026-11-23, not {value!r}.</source>
        <translation>{field} muss ein Datum wie 2026-11-23 sein, nicht {value!r}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{field} must be a UTC time like 2026-11-23T09:30:00.000000Z, not {value!r}.</source>
        <translation>{field} muss eine UTC-Zeit wie 2026-11-23T09:30:00.000000Z sein, nicht {value!r}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be true or false.</source>
        <translation>{field} muss wahr oder falsch sein.</translation>
    </message>
    <message>
        <location filename="../../codesign/model/vote_rules.py" line="+114"/>
        <source>The round “{question}” is still open. Close it before opening another.</source>
        <translation>Die Runde „{question}“ ist noch offen. Schließen Sie sie, bevor Sie eine andere öffnen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Someone has already placed {spent} dots; the limit cannot go below that.</source>
        <translation>Jemand hat bereits {spent} Punkte vergeben; das Limit kann nicht darunter liegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone has already placed {spent} dots on one card; the limit cannot go below that.</source>
        <translation>Jemand hat bereits {spent} Punkte auf eine Karte vergeben; das Limit kann nicht darunter liegen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A voting round has no setting {name}.</source>
        <translation>Eine Abstimmungsrunde hat keine Einstellung {name}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+38"/>
        <source>This round is not open for voting.</source>
        <translation>Diese Runde ist nicht zur Abstimmung geöffnet.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>{name} is not in a group that votes in this round.</source>
        <translation>{name} gehört zu keiner Gruppe, die in dieser Runde abstimmt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>This card is not part of this round.</source>
        <translation>Diese Karte gehört nicht zu dieser Runde.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>In this round, nobody votes on their own cards.</source>
        <translation>In dieser Runde stimmt niemand für die eigenen Karten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} has no dots left.</source>
        <translation>{name} hat keine Punkte mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} already has {count} dot(s) on this card, the most allowed.</source>
        <translation>{name} hat bereits {count} Punkt(e) auf dieser Karte, das erlaubte Maximum.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} has no dot on this card.</source>
        <translation>{name} hat keinen Punkt auf dieser Karte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown group {group}.</source>
        <translation>Unbekannte Gruppe {group}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A paper tally holds 0 to {most} dots.</source>
        <translation>Eine Papierzählung umfasst 0 bis {most} Punkte.</translation>
    </message>
    <message>
        <location filename="../../codesign/model/voting.py" line="-5"/>
        <source>{field} must be a list of names.</source>
        <translation>{field} muss eine Liste von Namen sein.</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/fragment.py" line="+46"/>
        <location line="+2"/>
        <location line="+15"/>
        <source>The clipboard does not hold codesign cards.</source>
        <translation>Die Zwischenablage enthält keine codesign-Karten.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>These cards were copied from a newer codesign. Update codesign to paste them.</source>
        <translation>Diese Karten wurden aus einer neueren codesign-Version kopiert. Aktualisieren Sie codesign, um sie einzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is too many cards to paste at once.</source>
        <translation>Das sind zu viele Karten, um sie auf einmal einzufügen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A pasted card is missing its {field}.</source>
        <translation>Einer eingefügten Karte fehlt {field}.</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/interchange.py" line="-4"/>
        <source>{field} must be a list of different names.</source>
        <translation>{field} muss eine Liste verschiedener Namen sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} must be an id or null.</source>
        <translation>{field} muss eine ID oder null sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} must be a non-empty id.</source>
        <translation>{field} muss eine nicht leere ID sein.</translation>
    </message>
    <message>
        <location filename="../../codesign/voting/editor.py" line="+45"/>
        <source>That round, person or card is no longer there.</source>
        <translation>Diese Runde, Person oder Karte gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../codesign/voting/people.py" line="+51"/>
        <source>That person is no longer in the workshop.</source>
        <translation>Diese Person ist nicht mehr im Workshop.</translation>
    </message>
</context>
<context>
    <name>MomentBars</name>
    <message>
        <location filename="../../codesign/voting/moment_bars.py" line="+32"/>
        <source>Dots per moment</source>
        <translation>Punkte pro Moment</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{moment}: {dots}, {pain}</source>
        <translation>{moment}: {dots}, {pain}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+15"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <location line="+15"/>
        <source>%n on pain points</source>
        <translation>
            <numerusform>%n auf Pain Points</numerusform>
            <numerusform>%n auf Pain Points</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hurts most</source>
        <translation>Schmerzt am meisten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most dots</source>
        <translation>Meiste Punkte</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>All dots</source>
        <translation>Alle Punkte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dots on pain points</source>
        <translation>Punkte auf Pain Points</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../../codesign/app/new_workshop_dialog.py" line="+56"/>
        <source>New Workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the workshop a title and choose what its first journey starts from. Everything you do in it is saved to one file as you go; there is no Save button to forget.</source>
        <translation>Geben Sie dem Workshop einen Titel und wählen Sie, womit seine erste Journey beginnt. Alles, was Sie darin tun, wird laufend in einer Datei gespeichert; es gibt keinen Speichern-Knopf, den man vergessen könnte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: Opening an account at our bank</source>
        <translation>Zum Beispiel: Kontoeröffnung bei unserer Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop title</source>
        <translation>Workshop-Titel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workshop language</source>
        <translation>Workshop-Sprache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journey template</source>
        <translation>Journey-Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the first journey of the workshop starts with</source>
        <translation>Womit die erste Journey des Workshops beginnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About this template</source>
        <translation>Über diese Vorlage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder</source>
        <translation>Einen anderen Ordner wählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Create Workshop</source>
        <translation>Workshop erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(named after the title)</source>
        <translation>(nach dem Titel benannt)</translation>
    </message>
</context>
<context>
    <name>PaletteList</name>
    <message>
        <location filename="../../codesign/canvas/palette.py" line="-69"/>
        <source>{name}: drag onto the board, or press Enter to add one.</source>
        <translation>{name}: auf das Board ziehen oder die Eingabetaste drücken, um eine hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../codesign/app/participants_panel.py" line="+73"/>
        <source>Group of the people to add</source>
        <translation>Gruppe der hinzuzufügenden Personen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add people…</source>
        <translation>Personen hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Add people</source>
        <translation>Personen hinzufügen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Type or paste names, one per line</source>
        <translation>Namen eingeben oder einfügen, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Names or aliases, one per line (pasting a list works too). They join as {group}.</source>
        <translation>Namen oder Kürzel, einer pro Zeile (eine eingefügte Liste funktioniert auch). Sie kommen als {group} dazu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or alias:</source>
        <translation>Name oder Kürzel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People in the room ({count})</source>
        <translation>Personen im Raum ({count})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colour and marker {marker}</source>
        <translation>Farbe und Markierung {marker}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or the Menu key: rename, change group, remove</source>
        <translation>Eingabetaste oder Menütaste: umbenennen, Gruppe ändern, entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nobody added yet.</source>
        <translation>Noch niemand hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../codesign/app/pdf_export.py" line="+22"/>
        <source>Cover</source>
        <translation>Titelseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../codesign/export/pdf_cover.py" line="+116"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../codesign/export/pdf_journeys.py" line="+26"/>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting results</source>
        <translation>Abstimmungsergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../codesign/export/pdf_hypotheses.py" line="+40"/>
        <source>Hypotheses</source>
        <translation>Hypothesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../codesign/export/pdf_hypotheses.py" line="+31"/>
        <source>Let go, and what we learned</source>
        <translation>Losgelassen, und was wir gelernt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../codesign/export/pdf_journeys.py" line="+63"/>
        <source>Appendix: every card</source>
        <translation>Anhang: alle Karten</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Writing the PDF summary…</source>
        <translation>PDF-Zusammenfassung wird geschrieben …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Export PDF Summary</source>
        <translation>PDF-Zusammenfassung exportieren</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+4"/>
        <source>Could not export the PDF</source>
        <translation>Das PDF konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The PDF could not be written to {path}: {reason}. Choose another folder.</source>
        <translation>Das PDF konnte nicht nach {path} geschrieben werden: {reason}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../codesign/export/pdf.py" line="+137"/>
        <source>Workshop report</source>
        <translation>Workshop-Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-design workshop report</source>
        <translation>Bericht eines Co-Design-Workshops</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {page} of {total}</source>
        <translation>Seite {page} von {total}</translation>
    </message>
    <message>
        <location filename="../../codesign/export/pdf_cover.py" line="-95"/>
        <source>Untitled workshop</source>
        <translation>Unbenannter Workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-design workshop · Report</source>
        <translation>Co-Design-Workshop · Bericht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 customer</source>
        <translation>1 Kund:in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} customers</source>
        <translation>{n} Kund:innen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 staff member</source>
        <translation>1 Mitarbeiter:in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} staff</source>
        <translation>{n} Mitarbeitende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 facilitator</source>
        <translation>1 Moderator:in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} facilitators</source>
        <translation>{n} Moderator:innen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 observer</source>
        <translation>1 Beobachter:in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} observers</source>
        <translation>{n} Beobachter:innen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cards on the journey map</source>
        <translation>Karten auf der Journey Map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cards on {journeys} journeys</source>
        <translation>Karten auf {journeys} Journeys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dots placed in 1 voting round</source>
        <translation>Punkte in 1 Abstimmungsrunde vergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dots placed in {rounds} voting rounds</source>
        <translation>Punkte in {rounds} Abstimmungsrunden vergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hypotheses, each with a test</source>
        <translation>Hypothesen, jede mit einem Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tested or let go, each one a finding</source>
        <translation>getestet oder losgelassen, jede eine Erkenntnis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Most dots in the vote</source>
        <translation>Die meisten Punkte der Abstimmung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../codesign/export/pdf_journeys.py" line="+5"/>
        <source>(untitled card)</source>
        <translation>(Karte ohne Titel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dot</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} dots</source>
        <translation>{n} Punkte</translation>
    </message>
    <message>
        <location filename="../../codesign/export/pdf_hypotheses.py" line="-48"/>
        <source>We believe that</source>
        <translation>Wir glauben, dass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For whom</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verify it, we will</source>
        <translation>Um das zu prüfen, werden wir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>And measure</source>
        <translation>Und messen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are right if</source>
        <translation>Wir liegen richtig, wenn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We observed</source>
        <translation>Wir haben beobachtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We learned</source>
        <translation>Wir haben gelernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therefore we will</source>
        <translation>Deshalb werden wir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No hypotheses were written down.</source>
        <translation>Es wurden keine Hypothesen notiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 hypothesis ({summary}).</source>
        <translation>1 Hypothese ({summary}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hypotheses ({summary}).</source>
        <translation>{n} Hypothesen ({summary}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is a Test card: what we believe, how we will test it, and how we will know. Once tested, a Learning card says what we saw and what we do next.</source>
        <translation>Jede ist eine Testkarte: was wir glauben, wie wir es testen und woran wir es erkennen. Nach dem Test sagt eine Lernkarte, was wir gesehen haben und was wir als Nächstes tun.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 hypothesis was let go: see “Let go, and what we learned”.</source>
        <translation>1 Hypothese wurde losgelassen: siehe „Losgelassen, und was wir gelernt haben“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hypotheses were let go: see “Let go, and what we learned”.</source>
        <translation>{n} Hypothesen wurden losgelassen: siehe „Losgelassen, und was wir gelernt haben“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Letting an idea go is a result, not a failure: each test below told us something we did not know, and saved the effort of building what would not have helped.</source>
        <translation>Eine Idee loszulassen ist ein Ergebnis, kein Scheitern: Jeder Test unten hat uns etwas gezeigt, das wir nicht wussten, und uns die Mühe erspart, etwas zu bauen, das nicht geholfen hätte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No hypothesis has been let go.</source>
        <translation>Keine Hypothese wurde losgelassen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>let go on {date}</source>
        <translation>losgelassen am {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>criticality: {word} ({level} of 3)</source>
        <translation>Kritikalität: {word} ({level} von 3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test card</source>
        <translation>Testkarte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Learning card</source>
        <translation>Lernkarte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No owner or dates yet.</source>
        <translation>Noch keine Verantwortlichen oder Termine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moments</source>
        <translation>Momente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../codesign/export/pdf_journeys.py" line="-62"/>
        <source>Journey {number}: </source>
        <translation>Journey {number}: </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <source>Untitled journey</source>
        <translation>Unbenannte Journey</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The journey map cannot be drawn in this version; every card is listed in the appendix.</source>
        <translation>Die Journey Map kann in dieser Version nicht gezeichnet werden; jede Karte ist im Anhang aufgeführt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journey map is left out of this anonymised report because its cards name participants; every card is listed, without names, in the appendix.</source>
        <translation>Die Journey Map fehlt in diesem anonymisierten Bericht, weil ihre Karten Teilnehmende nennen; jede Karte ist ohne Namen im Anhang aufgeführt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The full text of each card on the journeys, moment by moment, as the participants wrote it.</source>
        <translation>Der vollständige Text jeder Karte der Journeys, Moment für Moment, so wie die Teilnehmenden ihn geschrieben haben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outside the moments</source>
        <translation>Außerhalb der Momente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cards on this journey.</source>
        <translation>Keine Karten auf dieser Journey.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Untitled moment</source>
        <translation>Unbenannter Moment</translation>
    </message>
    <message>
        <location filename="../../codesign/export/pdf_voting.py" line="+30"/>
        <source>Voting</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers and staff placed dots on the cards that mattered most to them. Cards are ranked by dots; cards with the same number of dots share a rank, shown as “2=”.</source>
        <translation>Kund:innen und Mitarbeitende haben Punkte auf die Karten gesetzt, die ihnen am wichtigsten waren. Die Karten sind nach Punkten geordnet; Karten mit gleich vielen Punkten teilen sich einen Rang, angezeigt als „2=“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No voting rounds were held.</source>
        <translation>Es fanden keine Abstimmungsrunden statt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All rounds combined</source>
        <translation>Alle Runden zusammen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 round without visible counts is left out.</source>
        <translation>1 Runde ohne sichtbare Zählung ist ausgelassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rounds without visible counts are left out.</source>
        <translation>{n} Runden ohne sichtbare Zählung sind ausgelassen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Round {number}: </source>
        <translation>Runde {number}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no question)</source>
        <translation>(keine Frage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This round was prepared but never opened, so it has no dots.</source>
        <translation>Diese Runde wurde vorbereitet, aber nie geöffnet, daher hat sie keine Punkte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The counts of this round were still hidden when this report was made.</source>
        <translation>Die Zählung dieser Runde war noch verborgen, als dieser Bericht erstellt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This round was still open when this report was made: the counts may change.</source>
        <translation>Diese Runde war noch offen, als dieser Bericht erstellt wurde: Die Zählung kann sich noch ändern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 dot per person</source>
        <translation>1 Punkt pro Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} dots per person</source>
        <translation>{n} Punkte pro Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most 1 on one card</source>
        <translation>höchstens 1 auf einer Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {n} on one card</source>
        <translation>höchstens {n} auf einer Karte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 chosen card</source>
        <translation>1 ausgewählte Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} chosen cards</source>
        <translation>{n} ausgewählte Karten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards of these types: {types}</source>
        <translation>Karten dieser Typen: {types}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every card of the journey “{journey}”</source>
        <translation>Alle Karten der Journey „{journey}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every card of every journey</source>
        <translation>Alle Karten aller Journeys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own cards allowed</source>
        <translation>eigene Karten erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no dots on one’s own cards</source>
        <translation>keine Punkte auf eigene Karten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dots hidden until revealed</source>
        <translation>Punkte verborgen bis zur Aufdeckung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymous: who voted for what is not shown</source>
        <translation>anonym: Wer wofür gestimmt hat, wird nicht gezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voters’ names left out of this report</source>
        <translation>Namen der Abstimmenden in diesem Bericht ausgelassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time limit {time}</source>
        <translation>Zeitlimit {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who voted</source>
        <translation>Wer abgestimmt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Worauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No dots were placed.</source>
        <translation>Es wurden keine Punkte vergeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 dot placed ({split}).</source>
        <translation>1 Punkt vergeben ({split}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} dots placed ({split}).</source>
        <translation>{n} Punkte vergeben ({split}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most dots, by group</source>
        <translation>Meiste Punkte, nach Gruppe</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+78"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voters: </source>
        <translation>Abstimmende: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All cards with dots</source>
        <translation>Alle Karten mit Punkten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 more card got no dots.</source>
        <translation>1 weitere Karte bekam keine Punkte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} more cards got no dots.</source>
        <translation>{n} weitere Karten bekamen keine Punkte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customers’ dots</source>
        <translation>Punkte der Kund:innen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff dots</source>
        <translation>Punkte der Mitarbeitenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who cares more</source>
        <translation>Wem es wichtiger ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../codesign/export/pdf_words.py" line="+30"/>
        <source>Customers</source>
        <translation>Kund:innen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../codesign/export/pdf_words.py" line="+1"/>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where customers and staff disagree</source>
        <translation>Wo Kund:innen und Mitarbeitende sich uneinig sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of each group’s dots that went to the card, largest gaps first.</source>
        <translation>Anteil der Punkte jeder Gruppe, der auf die Karte ging, größte Unterschiede zuerst.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{moment}” hurts most: 1 dot on pain points.</source>
        <translation>„{moment}“ schmerzt am meisten: 1 Punkt auf Pain Points.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{moment}” hurts most: {n} dots on pain points.</source>
        <translation>„{moment}“ schmerzt am meisten: {n} Punkte auf Pain Points.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dots on pain points. “{moment}” has the most: 1.</source>
        <translation>Keine Punkte auf Pain Points. „{moment}“ hat die meisten: 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dots on pain points. “{moment}” has the most: {n}.</source>
        <translation>Keine Punkte auf Pain Points. „{moment}“ hat die meisten: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All dots</source>
        <translation>Alle Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On pain points</source>
        <translation>Auf Pain Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points (dark) of all dots</source>
        <translation>Anteil der Pain Points (dunkel) an allen Punkten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hurts most</source>
        <translation>schmerzt am meisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most dots</source>
        <translation>meiste Punkte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which moment hurts most</source>
        <translation>Welcher Moment am meisten schmerzt</translation>
    </message>
    <message>
        <location filename="../../codesign/export/pdf_words.py" line="+1"/>
        <source>Facilitators</source>
        <translation>Moderator:innen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observers</source>
        <translation>Beobachter:innen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <location filename="../../codesign/app/pdf_export.py" line="-129"/>
        <source>Export PDF Summary</source>
        <translation>PDF-Zusammenfassung exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the summary</source>
        <translation>Sprache der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymise participants: no names at all, only counts by group</source>
        <translation>Teilnehmende anonymisieren: keinerlei Namen, nur Anzahlen nach Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the PDF when it is done</source>
        <translation>Das PDF öffnen, wenn es fertig ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message numerus="yes">
        <location filename="../../codesign/voting/people.py" line="+11"/>
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>%n Person hinzufügen</numerusform>
            <numerusform>%n Personen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename person</source>
        <translation>Person umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change group</source>
        <translation>Gruppe ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change person</source>
        <translation>Person ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Remove %n person(s)</source>
        <translation>
            <numerusform>%n Person entfernen</numerusform>
            <numerusform>%n Personen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../codesign/voting/presenter.py" line="+43"/>
        <source>Cards to vote on</source>
        <translation>Karten zur Abstimmung</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location line="+32"/>
        <source>Voting — codesign</source>
        <translation>Abstimmung — codesign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared voting screen</source>
        <translation>Gemeinsamer Abstimmungsbildschirm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done / next  ⏎</source>
        <translation>Fertig / weiter  ⏎</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Click a card to add a dot  ·  right-click or Backspace takes one back  ·  arrows and Space work too  ·  Enter: done / next  ·  Esc: leave</source>
        <translation>Auf eine Karte klicken, um einen Punkt zu setzen  ·  Rechtsklick oder Rücktaste nimmt einen zurück  ·  Pfeiltasten und Leertaste gehen auch  ·  Eingabe: fertig / weiter  ·  Esc: verlassen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Other cards</source>
        <translation>Andere Karten</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Vote as {name}</source>
        <translation>Abstimmen als {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No voting round yet. The facilitator starts one in the Voting panel.</source>
        <translation>Noch keine Abstimmungsrunde. Die Moderation startet eine im Abstimmungsbereich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (not open yet)</source>
        <translation>  (noch nicht geöffnet)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  (closed)</source>
        <translation>  (geschlossen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which cards matter most?</source>
        <translation>Welche Karten sind am wichtigsten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone&apos;s dots stay hidden until the reveal  ·  </source>
        <translation>Die Punkte aller bleiben bis zur Aufdeckung verborgen  ·  </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who is voting? Click your name below or press your number.</source>
        <translation>Wer stimmt ab? Klicken Sie unten auf Ihren Namen oder drücken Sie Ihre Nummer.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n dot(s) left</source>
        <translation>
            <numerusform>noch %n Punkt</numerusform>
            <numerusform>noch %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
</context>
<context>
    <name>RankedTable</name>
    <message>
        <location filename="../../codesign/voting/results_tables.py" line="-54"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All dots</source>
        <translation>Alle Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kund:innen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Others</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards ranked by dots</source>
        <translation>Karten nach Punkten geordnet</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Tied for place {rank} with %n other card(s)</source>
        <translation>
            <numerusform>Gleichauf auf Platz {rank} mit %n anderen Karte</numerusform>
            <numerusform>Gleichauf auf Platz {rank} mit %n anderen Karten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rank}=</source>
        <translation>{rank}=</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../codesign/voting/results_view.py" line="+65"/>
        <source>Voting round to show</source>
        <translation>Anzuzeigende Abstimmungsrunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dots placed</source>
        <translation>Vergebene Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results of</source>
        <translation>Ergebnisse von</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counts are hidden until you reveal them</source>
        <translation>Die Zählung ist verborgen, bis Sie sie aufdecken</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Reveal the counts</source>
        <translation>Zählung aufdecken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Moment that hurts most</source>
        <translation>Moment, der am meisten schmerzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cards by dots</source>
        <translation>Karten nach Punkten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn into hypothesis…</source>
        <translation>In Hypothese verwandeln …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the chosen card into a hypothesis</source>
        <translation>Die gewählte Karte in eine Hypothese verwandeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts a hypothesis from the card chosen in the list (the top one if none is chosen), linked to it</source>
        <translation>Beginnt eine Hypothese mit der in der Liste gewählten Karte (der obersten, wenn keine gewählt ist), verknüpft mit ihr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share of each group’s dots that went to the card</source>
        <translation>Anteil der Punkte jeder Gruppe, der auf die Karte ging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where customers and staff disagree</source>
        <translation>Wo Kund:innen und Mitarbeitende sich uneinig sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which moment hurts most</source>
        <translation>Welcher Moment am meisten schmerzt</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(no question)</source>
        <translation>(keine Frage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {number}: {question}</source>
        <translation>Runde {number}: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All rounds combined</source>
        <translation>Alle Runden zusammen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No voting rounds yet. Start a round, and its results appear here as people place their dots.</source>
        <translation>Noch keine Abstimmungsrunden. Starten Sie eine Runde; ihre Ergebnisse erscheinen hier, sobald Punkte vergeben werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No dots placed in this round yet. The results fill in as people vote.</source>
        <translation>In dieser Runde wurden noch keine Punkte vergeben. Die Ergebnisse füllen sich, während abgestimmt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dots placed in any round yet.</source>
        <translation>In keiner Runde wurden bisher Punkte vergeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n round(s) with hidden counts are left out.</source>
        <translation>
            <numerusform>%n Runde mit verborgener Zählung ist ausgelassen.</numerusform>
            <numerusform>%n Runden mit verborgener Zählung sind ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n dot(s) placed</source>
        <translation>
            <numerusform>%n Punkt vergeben</numerusform>
            <numerusform>%n Punkte vergeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n round(s) with hidden counts left out</source>
        <translation>
            <numerusform>%n Runde mit verborgener Zählung ausgelassen</numerusform>
            <numerusform>%n Runden mit verborgener Zählung ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n card(s) without dots are not listed.</source>
        <translation>
            <numerusform>%n Karte ohne Punkte ist nicht aufgeführt.</numerusform>
            <numerusform>%n Karten ohne Punkte sind nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customers and staff spread their dots the same way.</source>
        <translation>Kund:innen und Mitarbeitende haben ihre Punkte gleich verteilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to compare yet: both customers and staff need to place dots.</source>
        <translation>Noch nichts zu vergleichen: Sowohl Kund:innen als auch Mitarbeitende müssen Punkte vergeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dots on any moment yet.</source>
        <translation>Noch keine Punkte auf einem Moment.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“{moment}” hurts most: %n dot(s) on pain points.</source>
        <translation>
            <numerusform>„{moment}“ schmerzt am meisten: %n Punkt auf Pain Points.</numerusform>
            <numerusform>„{moment}“ schmerzt am meisten: %n Punkte auf Pain Points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No dots on pain points yet. “{moment}” has the most dots: %n.</source>
        <translation>
            <numerusform>Noch keine Punkte auf Pain Points. „{moment}“ hat die meisten Punkte: %n.</numerusform>
            <numerusform>Noch keine Punkte auf Pain Points. „{moment}“ hat die meisten Punkte: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../codesign/voting/round_dialog.py" line="+24"/>
        <source>Voting round</source>
        <translation>Abstimmungsrunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New voting round</source>
        <translation>Neue Abstimmungsrunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where does it hurt most?</source>
        <translation>Wo schmerzt es am meisten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dots per person</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most dots one person may put on one card</source>
        <translation>Höchstzahl an Punkten, die eine Person auf eine Karte setzen darf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit in minutes</source>
        <translation>Zeitlimit in Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All cards of this journey</source>
        <translation>Alle Karten dieser Journey</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %n card(s) selected on the board</source>
        <translation>
            <numerusform>Die %n auf dem Board ausgewählte Karte</numerusform>
            <numerusform>Die %n auf dem Board ausgewählten Karten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only cards of these kinds:</source>
        <translation>Nur Karten dieser Arten:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>People may vote on cards they wrote</source>
        <translation>Personen dürfen für eigene Karten stimmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymous: who voted for what is never shown or exported</source>
        <translation>Anonym: Wer wofür gestimmt hat, wird nie gezeigt oder exportiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the counts until I reveal them</source>
        <translation>Zählung verbergen, bis ich sie aufdecke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots per person:</source>
        <translation>Punkte pro Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most dots on one card:</source>
        <translation>Höchstens auf einer Karte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cards:</source>
        <translation>Karten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who votes:</source>
        <translation>Wer stimmt ab:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../codesign/app/settings_dialog.py" line="+37"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dots per person in a new voting round</source>
        <translation>Punkte pro Person in einer neuen Abstimmungsrunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size of PDF summaries</source>
        <translation>Papierformat der PDF-Zusammenfassungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for new workshops</source>
        <translation>Ordner für neue Workshops auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save new workshops in the default folder</source>
        <translation>Neue Workshops im Standardordner speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes between safety copies</source>
        <translation>Minuten zwischen zwei Sicherungskopien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Safety Copies</source>
        <translation>Sicherungskopien zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of safety copies</source>
        <translation>Ordner mit den Sicherungskopien öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every change is saved to the workshop file the moment you make it. In addition, codesign keeps a safety copy of each open workshop that changed, every {minutes} to {most} minutes as you choose, and keeps the newest {kept}.</source>
        <translation>Jede Änderung wird sofort in der Workshop-Datei gespeichert. Zusätzlich legt codesign von jedem geöffneten Workshop, der sich geändert hat, eine Sicherungskopie an – je nach Wahl alle {minutes} bis {most} Minuten – und behält die neuesten {kept}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language shows in windows opened from now on; restart codesign to see it everywhere.</source>
        <translation>Die neue Sprache erscheint in Fenstern, die ab jetzt geöffnet werden; nach einem Neustart von codesign überall.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Punkte pro Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper size:</source>
        <translation>Papier&amp;format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workshops go to:</source>
        <translation>Neue Workshops in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Safety copy every:</source>
        <translation>Sicherungs&amp;kopie alle:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{folder} (the default)</source>
        <translation>{folder} (Standard)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../codesign/app/help.py" line="-47"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Choose the next or previous card, moment by moment</source>
        <translation>Nächste oder vorige Karte wählen, Moment für Moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the chosen card&apos;s text</source>
        <translation>Text der gewählten Karte bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen card&apos;s menu: type, order, lock, hypothesis</source>
        <translation>Menü der gewählten Karte: Art, Reihenfolge, Sperren, Hypothese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nudge the chosen cards a little / more</source>
        <translation>Gewählte Karten ein wenig / weiter verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pan the board</source>
        <translation>Board verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Shared screen</source>
        <translation>Gemeinsamer Bildschirm</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Pick the voter with that number</source>
        <translation>Abstimmende Person mit dieser Nummer wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a dot to the card</source>
        <translation>Einen Punkt auf die Karte setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a dot back</source>
        <translation>Einen Punkt zurücknehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move between cards</source>
        <translation>Zwischen Karten wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done, next voter</source>
        <translation>Fertig, nächste Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen on or off / leave the shared screen</source>
        <translation>Vollbild ein oder aus / gemeinsamen Bildschirm verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypotheses</source>
        <translation>Hypothesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen hypothesis to its next or previous status</source>
        <translation>Gewählte Hypothese in den nächsten oder vorherigen Status verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People panel</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename a person, change their group or remove them</source>
        <translation>Eine Person umbenennen, ihre Gruppe ändern oder sie entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture form</source>
        <translation>Erfassungsformular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the hypothesis</source>
        <translation>Hypothese speichern</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../codesign/app/start_screen.py" line="+71"/>
        <source>Map a service journey together with the people who live it, vote on what matters, and turn it into small experiments.</source>
        <translation>Eine Service-Journey gemeinsam mit den Menschen erarbeiten, die sie erleben, über das Wichtigste abstimmen und daraus kleine Experimente machen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New workshop…</source>
        <translation>Neuer Workshop …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an empty journey map</source>
        <translation>Eine leere Journey Map beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .codesign file</source>
        <translation>Eine .codesign-Datei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open demo workshop</source>
        <translation>Demo-Workshop öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bank&apos;s “open an account” journey to try things out</source>
        <translation>Die Journey „Konto eröffnen“ einer Bank zum Ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run your first workshop: a short guide</source>
        <translation>Ihren ersten Workshop durchführen: ein kurzer Leitfaden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the guide to running your first workshop</source>
        <translation>Den Leitfaden für Ihren ersten Workshop öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>Recent workshops</source>
        <translation>Zuletzt geöffnete Workshops</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Open recent workshop {name}</source>
        <translation>Zuletzt geöffneten Workshop {name} öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshops you open or create will be listed here.</source>
        <translation>Workshops, die Sie öffnen oder erstellen, erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../../codesign/export/pdf.py" line="-71"/>
        <location filename="../../codesign/storage/csv_export.py" line="+33"/>
        <location filename="../../codesign/storage/document.py" line="+166"/>
        <location filename="../../codesign/storage/fileformat.py" line="+96"/>
        <source>it holds no workshop</source>
        <translation>sie enthält keinen Workshop</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/document.py" line="+18"/>
        <source>that is the file that is open</source>
        <translation>das ist die geöffnete Datei</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/errors.py" line="+16"/>
        <source>“{name}” could not be used: {detail}</source>
        <translation>„{name}“ konnte nicht verwendet werden: {detail}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no file “{name}” at {path}. Check the name, or choose the file again.</source>
        <translation>Unter {path} gibt es keine Datei „{name}“. Prüfen Sie den Namen oder wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is not a codesign workshop ({detail}). Choose a .codesign file, or use Import for a workshop saved as JSON. The file was not changed.</source>
        <translation>„{name}“ ist kein codesign-Workshop ({detail}). Wählen Sie eine .codesign-Datei oder nutzen Sie „Importieren“ für einen als JSON gespeicherten Workshop. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” is damaged and cannot be opened ({detail}). The file was not changed. Open a backup or an earlier copy of it instead.</source>
        <translation>„{name}“ ist beschädigt und kann nicht geöffnet werden ({detail}). Die Datei wurde nicht verändert. Öffnen Sie stattdessen eine Sicherung oder eine frühere Kopie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” was saved by a newer version of codesign (file format {found}; this version reads up to {supported}). Update codesign to open it. The file was not changed.</source>
        <translation>„{name}“ wurde mit einer neueren Version von codesign gespeichert (Dateiformat {found}; diese Version liest bis {supported}). Aktualisieren Sie codesign, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” is already open in codesign ({holder}). Switch to that window, or close the workshop there and try again.</source>
        <translation>„{name}“ ist bereits in codesign geöffnet ({holder}). Wechseln Sie zu diesem Fenster oder schließen Sie den Workshop dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” already exists. Choose another name, or remove the old file first.</source>
        <translation>„{name}“ existiert bereits. Wählen Sie einen anderen Namen oder entfernen Sie zuerst die alte Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write “{name}” ({detail}). Check that the folder exists, is writable and has free space; your workshop file was not changed.</source>
        <translation>„{name}“ konnte nicht geschrieben werden ({detail}). Prüfen Sie, ob der Ordner existiert, beschreibbar ist und genug freien Speicher hat; Ihre Workshop-Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not upgrade “{name}” to this version of codesign ({detail}). The file was restored; a copy was kept at {backup}.</source>
        <translation>„{name}“ konnte nicht auf diese Version von codesign aktualisiert werden ({detail}). Die Datei wurde wiederhergestellt; eine Kopie liegt unter {backup}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” is not a valid codesign workshop in JSON: {detail}. Nothing was imported.</source>
        <translation>„{name}“ ist kein gültiger codesign-Workshop im JSON-Format: {detail}. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/fileformat.py" line="-43"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a codesign database</source>
        <translation>es ist keine codesign-Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a database made by another program</source>
        <translation>es ist eine Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its header is broken</source>
        <translation>ihr Kopf ist beschädigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is shorter than it should be; it may have been cut off while copying</source>
        <translation>die Datei ist kürzer als erwartet; sie wurde vielleicht beim Kopieren abgeschnitten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no file format version</source>
        <translation>sie hat keine Dateiformat-Version</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its workshop tables are missing</source>
        <translation>ihre Workshop-Tabellen fehlen</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/interchange.py" line="+313"/>
        <source>there is no such file</source>
        <translation>es gibt keine solche Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not UTF-8 text</source>
        <translation>es ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/lock.py" line="+104"/>
        <source>process {pid} on {host}, since {since}</source>
        <translation>Prozess {pid} auf {host}, seit {since}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another window or process</source>
        <translation>ein anderes Fenster oder ein anderer Prozess</translation>
    </message>
</context>
<context>
    <name>TallyDialog</name>
    <message>
        <location filename="../../codesign/voting/tally_dialog.py" line="+111"/>
        <source>Type the dots counted on the paper wall. They count as votes of unnamed people of that group.</source>
        <translation>Geben Sie die an der Papierwand gezählten Punkte ein. Sie zählen als Stimmen nicht namentlich genannter Personen dieser Gruppe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter moves down, Tab moves right.</source>
        <translation>Eingabe geht nach unten, Tab nach rechts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a card…</source>
        <translation>Karte suchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a card by its title</source>
        <translation>Eine Karte über ihren Titel suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper dots per card and group</source>
        <translation>Papierpunkte pro Karte und Gruppe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No card title contains this text.</source>
        <translation>Kein Kartentitel enthält diesen Text.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>Paper tally</source>
        <translation>Papierzählung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>This voting round is no longer in the workshop.</source>
        <translation>Diese Abstimmungsrunde ist nicht mehr im Workshop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This round has no cards to vote on, so there is nothing to count.</source>
        <translation>Diese Runde hat keine Karten zum Abstimmen, also gibt es nichts zu zählen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All dots</source>
        <translation>Alle Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper and on-screen dots together</source>
        <translation>Papier- und Bildschirmpunkte zusammen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled card</source>
        <translation>Karte ohne Titel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paper dots of {group} on “{card}”</source>
        <translation>Papierpunkte von {group} auf „{card}“</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../codesign/app/templates.py" line="+41"/>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help</source>
        <translation>Hilfe holen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Blank journey</source>
        <translation>Leere Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four service blueprint rows and five empty moments, ready to fill in together.</source>
        <translation>Die vier Ebenen eines Service Blueprints und fünf leere Momente, bereit zum gemeinsamen Ausfüllen.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../codesign/words.py" line="+13"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>Kund:in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Moderator:in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Beobachter:in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain point</source>
        <translation>Pain Point</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testing</source>
        <translation>Im Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalidated</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Let go</source>
        <translation>Losgelassen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Persevere</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pivot</source>
        <translation>Kurswechsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep testing</source>
        <translation>Weiter testen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>frustrated</source>
        <translation>frustriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unhappy</source>
        <translation>unzufrieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pleased</source>
        <translation>zufrieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delighted</source>
        <translation>begeistert</translation>
    </message>
</context>
<context>
    <name>VotingConsole</name>
    <message>
        <location filename="../../codesign/voting/console.py" line="+41"/>
        <source>Voting round</source>
        <translation>Abstimmungsrunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New round…</source>
        <translation>Neue Runde …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new voting round</source>
        <translation>Eine neue Abstimmungsrunde starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the question, dots and rules of this round</source>
        <translation>Frage, Punkte und Regeln dieser Runde ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as new</source>
        <translation>Als neue kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new round with the same settings and no dots</source>
        <translation>Eine neue Runde mit denselben Einstellungen und ohne Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+164"/>
        <location line="+5"/>
        <source>Open voting</source>
        <translation>Abstimmung öffnen</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+170"/>
        <source>Reveal dots</source>
        <translation>Punkte aufdecken</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Show everyone&apos;s dots on the shared screen</source>
        <translation>Die Punkte aller auf dem gemeinsamen Bildschirm zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present on shared screen</source>
        <translation>Auf gemeinsamem Bildschirm präsentieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen for the room, on the second screen if there is one</source>
        <translation>Vollbild für den Raum, auf dem zweiten Bildschirm, falls vorhanden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+223"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Start or pause the timer</source>
        <translation>Timer starten oder pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who has voted</source>
        <translation>Wer abgestimmt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dots left</source>
        <translation>Verbleibende Punkte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paper tally…</source>
        <translation>Papierzählung …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in the dots counted on a paper wall</source>
        <translation>Die an einer Papierwand gezählten Punkte eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results…</source>
        <translation>Ergebnisse …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show dots on the board</source>
        <translation>Punkte auf dem Board zeigen</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No voting round yet. Start one with “New round…”.</source>
        <translation>Noch keine Abstimmungsrunde. Starten Sie eine mit „Neue Runde …“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close voting</source>
        <translation>Abstimmung schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen voting</source>
        <translation>Abstimmung wieder öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide dots again</source>
        <translation>Punkte wieder verbergen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n dot(s) each</source>
        <translation>
            <numerusform>je %n Punkt</numerusform>
            <numerusform>je %n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at most %n per card</source>
        <translation>
            <numerusform>höchstens %n pro Karte</numerusform>
            <numerusform>höchstens %n pro Karte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revealed</source>
        <translation>aufgedeckt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hidden until you reveal</source>
        <translation>verborgen bis zur Aufdeckung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closes after {time}</source>
        <translation>endet nach {time}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>voting now</source>
        <translation>stimmt gerade ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done ✓</source>
        <translation>fertig ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{done} of {people} done · {spent} of {possible} dots placed</source>
        <translation>{done} von {people} fertig · {spent} von {possible} Punkten vergeben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
</context>
<context>
    <name>VotingEditor</name>
    <message>
        <location filename="../../codesign/voting/editor.py" line="+10"/>
        <source>New voting round</source>
        <translation>Neue Abstimmungsrunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open voting</source>
        <translation>Abstimmung öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close voting</source>
        <translation>Abstimmung schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy voting round</source>
        <translation>Abstimmungsrunde kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change dot limits</source>
        <translation>Punktegrenzen ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change voting round</source>
        <translation>Abstimmungsrunde ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reveal the dots</source>
        <translation>Punkte aufdecken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the dots</source>
        <translation>Punkte verbergen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a dot</source>
        <translation>Punkt vergeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take back a dot</source>
        <translation>Punkt zurücknehmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paper tally</source>
        <translation>Papierzählung</translation>
    </message>
</context>
<context>
    <name>VotingSession</name>
    <message>
        <location filename="../../codesign/voting/session.py" line="+118"/>
        <location line="+16"/>
        <source>Pick your name first: click it below or press your number.</source>
        <translation>Wählen Sie zuerst Ihren Namen: unten anklicken oder Ihre Nummer drücken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has no dot to take back.</source>
        <translation>{name} hat keinen Punkt zum Zurücknehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has no dot on this card.</source>
        <translation>{name} hat keinen Punkt auf dieser Karte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This round is not open for voting.</source>
        <translation>In dieser Runde kann gerade nicht abgestimmt werden.</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../../codesign/app/workshop_form.py" line="+42"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What the workshop is called</source>
        <translation>Wie der Workshop heißt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should the group find out or decide?</source>
        <translation>Was soll die Gruppe herausfinden oder entscheiden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it takes place</source>
        <translation>Wo er stattfindet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who runs it</source>
        <translation>Wer ihn moderiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else worth remembering</source>
        <translation>Sonst noch Erwähnenswertes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop title</source>
        <translation>Workshop-Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change title</source>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop goal</source>
        <translation>Workshop-Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change goal</source>
        <translation>Ziel ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop date</source>
        <translation>Workshop-Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop location</source>
        <translation>Workshop-Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change location</source>
        <translation>Ort ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop language</source>
        <translation>Workshop-Sprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change facilitator</source>
        <translation>Moderation ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop notes</source>
        <translation>Workshop-Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change notes</source>
        <translation>Notizen ändern</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A workshop needs a title; the old one was kept.</source>
        <translation>Ein Workshop braucht einen Titel; der bisherige wurde beibehalten.</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../../codesign/app/workshop_view.py" line="+72"/>
        <source>Voting</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+ Journey</source>
        <translation>+ Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a journey</source>
        <translation>Eine Journey hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another journey to this workshop</source>
        <translation>Eine weitere Journey zu diesem Workshop hinzufügen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Voting and hypotheses</source>
        <translation>Abstimmung und Hypothesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Workshop details</source>
        <translation>Workshop-Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Demo workshop.&lt;/b&gt; This is your own practice copy: change anything you like. It is removed after a week; use File › Save a Copy… to keep it.</source>
        <translation>&lt;b&gt;Demo-Workshop.&lt;/b&gt; Das ist Ihre eigene Übungskopie: Ändern Sie, was Sie möchten. Sie wird nach einer Woche entfernt; nutzen Sie Datei › Kopie speichern …, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Untitled journey</source>
        <translation>Unbenannte Journey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workshop has no journey yet. Use “+ Journey” to add one.</source>
        <translation>Dieser Workshop hat noch keine Journey. Fügen Sie mit „+ Journey“ eine hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No journey</source>
        <translation>Keine Journey</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Rename journey…</source>
        <translation>Journey umbenennen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete journey…</source>
        <translation>Journey löschen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add journey…</source>
        <translation>Journey hinzufügen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add journey</source>
        <translation>Journey hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new journey:</source>
        <translation>Name der neuen Journey:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename journey</source>
        <translation>Journey umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journey name:</source>
        <translation>Name der Journey:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete journey</source>
        <translation>Journey löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the journey “{title}” with its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Die Journey „{title}“ mit ihrer %n Karte löschen? Sie können das rückgängig machen.</numerusform>
            <numerusform>Die Journey „{title}“ mit ihren %n Karten löschen? Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Voting results</source>
        <translation>Abstimmungsergebnisse</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Hypothesis saved.</source>
        <translation>Hypothese gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Solving “{title}” will …</source>
        <translation>„{title}“ zu lösen wird …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Voting rounds: {rounds}    Hypotheses: {hypotheses}</source>
        <translation>Abstimmungsrunden: {rounds}    Hypothesen: {hypotheses}</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <location filename="../../codesign/app/workshops.py" line="+138"/>
        <source>This workshop was upgraded to the new file format. The old file was kept at {path}.</source>
        <translation>Dieser Workshop wurde in das neue Dateiformat umgewandelt. Die alte Datei liegt unter {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened {name}. Every change is saved the moment you make it.</source>
        <translation>{name} geöffnet. Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not open the workshop</source>
        <translation>Der Workshop konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workshop not found</source>
        <translation>Workshop nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is no longer in {folder}. It may have been moved, renamed or deleted. It was removed from the recent workshops.</source>
        <translation>„{name}“ liegt nicht mehr in {folder}. Die Datei wurde vielleicht verschoben, umbenannt oder gelöscht. Sie wurde aus den zuletzt geöffneten Workshops entfernt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not open the demo workshop</source>
        <translation>Der Demo-Workshop konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not create the workshop</source>
        <translation>Der Workshop konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the Imported Workshop As</source>
        <translation>Importierten Workshop speichern unter</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Could not import the workshop</source>
        <translation>Der Workshop konnte nicht importiert werden</translation>
    </message>
</context>
</TS>
