<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>BoardEditor</name>
    <message>
        <location filename="../../codesign/canvas/editor.py" line="+84"/>
        <source>Add card</source>
        <translation>Add card</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resize card</source>
        <translation>Resize card</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit card</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change card type</source>
        <translation>Change card type</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring to front</source>
        <translation>Bring to front</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draw arrow</source>
        <translation>Draw arrow</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Label arrow</source>
        <translation>Label arrow</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n arrow(s)</source>
        <translation>
            <numerusform>Delete %n arrow</numerusform>
            <numerusform>Delete %n arrows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add moment</source>
        <translation>Add moment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add lane</source>
        <translation>Add lane</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move moment</source>
        <translation>Move moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move lane</source>
        <translation>Move lane</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete moment</source>
        <translation>Delete moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete lane</source>
        <translation>Delete lane</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../codesign/hypotheses/capture_dialog.py" line="+40"/>
        <source>New Hypothesis</source>
        <translation>New Hypothesis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>…e.g. a text message after each step will cut calls to the hotline</source>
        <translation>…e.g. a text message after each step will cut calls to the hotline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who it is for: a group of customers or staff</source>
        <translation>Who it is for: a group of customers or staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A small, cheap test: a prototype, a trial at one branch…</source>
        <translation>A small, cheap test: a prototype, a trial at one branch…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What we count or watch</source>
        <translation>What we count or watch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number or sign that would prove us right</source>
        <translation>The number or sign that would prove us right</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who takes care of the test</source>
        <translation>Who takes care of the test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a deadline</source>
        <translation>Set a deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We &amp;believe that…</source>
        <translation>We &amp;believe that…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We believe that</source>
        <translation>We believe that</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For who&amp;m…</source>
        <translation>For who&amp;m…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verif&amp;y it, we will…</source>
        <translation>To verif&amp;y it, we will…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To verify it, we will</source>
        <translation>To verify it, we will</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>And meas&amp;ure…</source>
        <translation>And meas&amp;ure…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>And measure</source>
        <translation>And measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are &amp;right if…</source>
        <translation>We are &amp;right if…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We are right if</source>
        <translation>We are right if</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Criticality</source>
        <translation>Criticality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Criticality:</source>
        <translation>&amp;Criticality:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links of the new hypothesis</source>
        <translation>Links of the new hypothesis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked to:</source>
        <translation>Linked to:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save Hypothesis</source>
        <translation>&amp;Save Hypothesis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save hypothesis</source>
        <translation>Save hypothesis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it as a new idea (%1)</source>
        <translation>Save it as a new idea (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 saves · Esc cancels</source>
        <translation>%1 saves · Esc cancels</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Untitled moment</source>
        <translation>Untitled moment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing yet (you can link it on the board later)</source>
        <translation>nothing yet (you can link it on the board later)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moment “%1”</source>
        <translation>Moment “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>card “%1”</source>
        <translation>card “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moment “%1”</source>
        <translation>moment “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link to %1</source>
        <translation>Remove the link to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not link it to this</source>
        <translation>Do not link it to this</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../codesign/canvas/card_editor.py" line="+30"/>
        <source>Card title</source>
        <translation>Card title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card text</source>
        <translation>Card text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More detail (Shift+Enter for a new line)</source>
        <translation>More detail (Shift+Enter for a new line)</translation>
    </message>
</context>
<context>
    <name>CardPalette</name>
    <message>
        <location filename="../../codesign/canvas/palette.py" line="+200"/>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../codesign/app/crash.py" line="+58"/>
        <source>Something unexpected went wrong in codesign. Your workshop is safe: every change you made before this was already saved.</source>
        <translation>Something unexpected went wrong in codesign. Your workshop is safe: every change you made before this was already saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it happens again, please send the file {log} to the people who support codesign.</source>
        <translation>If it happens again, please send the file {log} to the people who support codesign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Unexpected problem</source>
        <translation>Unexpected problem</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../codesign/app/workshop_form.py" line="+91"/>
        <location line="+4"/>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Workshop date</source>
        <translation>Workshop date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the date</source>
        <translation>Remove the date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the workshop date</source>
        <translation>Remove the workshop date</translation>
    </message>
</context>
<context>
    <name>DisagreementTable</name>
    <message>
        <location filename="../../codesign/voting/results_tables.py" line="+91"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who cares more</source>
        <translation>Who cares more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where customers and staff disagree</source>
        <translation>Where customers and staff disagree</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customers care more</source>
        <translation>Customers care more</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff care more</source>
        <translation>Staff care more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../codesign/app/errors.py" line="+58"/>
        <source>Something could not be done</source>
        <translation>Something could not be done</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../codesign/app/file_dialogs.py" line="+15"/>
        <source>codesign workshops (*.codesign)</source>
        <translation>codesign workshops (*.codesign)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshops as JSON (*.json)</source>
        <translation>Workshops as JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Workshop</source>
        <translation>Open Workshop</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Workshop from JSON</source>
        <translation>Import Workshop from JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Workshop as JSON</source>
        <translation>Export Workshop as JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Folder for the Workshop</source>
        <translation>Choose a Folder for the Workshop</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../codesign/app/help.py" line="+60"/>
        <source>Run your first workshop</source>
        <translation>Run your first workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>Hypotheses</name>
    <message>
        <location filename="../../codesign/hypotheses/table_model.py" line="+33"/>
        <source>! Low</source>
        <translation>! Low</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>!! Medium</source>
        <translation>!! Medium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>!!! High</source>
        <translation>!!! High</translation>
    </message>
</context>
<context>
    <name>HypothesesWindow</name>
    <message>
        <location filename="../../codesign/hypotheses/window.py" line="+28"/>
        <source>Hypotheses — codesign</source>
        <translation>Hypotheses — codesign</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New hypothesis…</source>
        <translation>New hypothesis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture a hypothesis (Ctrl+H), linked to the cards chosen on the board</source>
        <translation>Capture a hypothesis (Ctrl+H), linked to the cards chosen on the board</translation>
    </message>
</context>
<context>
    <name>HypothesisBoard</name>
    <message>
        <location filename="../../codesign/hypotheses/board.py" line="+163"/>
        <source>Hypothesis board</source>
        <translation>Hypothesis board</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board message</source>
        <translation>Board message</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n hypothesis(es)</source>
        <translation>
            <numerusform>%n hypothesis</numerusform>
            <numerusform>%n hypotheses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>overdue since {date}</source>
        <translation>overdue since {date}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No owner yet</source>
        <translation>No owner yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n linked card(s)</source>
        <translation>
            <numerusform>%n linked card</numerusform>
            <numerusform>%n linked cards</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no linked cards</source>
        <translation>no linked cards</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No learning written yet</source>
        <translation>No learning written yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner: {owner}</source>
        <translation>Owner: {owner}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Let go. Press Enter to open it and write down what you learned: that is the result of this idea.</source>
        <translation>Let go. Press Enter to open it and write down what you learned: that is the result of this idea.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is already the last column.</source>
        <translation>This is already the last column.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is already the first column.</source>
        <translation>This is already the first column.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick it up again as a new idea first: a hypothesis that was let go goes back to Idea.</source>
        <translation>Pick it up again as a new idea first: a hypothesis that was let go goes back to Idea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An adopted hypothesis stays adopted until it is let go.</source>
        <translation>An adopted hypothesis stays adopted until it is let go.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test it again first: move it back to Testing, then record the new result.</source>
        <translation>Test it again first: move it back to Testing, then record the new result.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test it first: only a hypothesis in Testing can be validated.</source>
        <translation>Test it first: only a hypothesis in Testing can be validated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test it first: only a hypothesis in Testing can be invalidated.</source>
        <translation>Test it first: only a hypothesis in Testing can be invalidated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a validated hypothesis can be adopted.</source>
        <translation>Only a validated hypothesis can be adopted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step at a time: from {old} it can go to {steps}.</source>
        <translation>One step at a time: from {old} it can go to {steps}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to {status}</source>
        <translation>Move to {status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Let go, and what we learned</source>
        <translation>Let go, and what we learned</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ideas let go, and what they taught us, gather here.</source>
        <translation>Ideas let go, and what they taught us, gather here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a card to its next step, or select it and press Ctrl+Right or Ctrl+Left. Enter opens it.</source>
        <translation>Drag a card to its next step, or select it and press Ctrl+Right or Ctrl+Left. Enter opens it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No hypotheses yet. Turn the cards with the most dots into ideas to test: each one starts here, in Idea.</source>
        <translation>No hypotheses yet. Turn the cards with the most dots into ideas to test: each one starts here, in Idea.</translation>
    </message>
</context>
<context>
    <name>HypothesisDetail</name>
    <message>
        <location filename="../../codesign/hypotheses/detail_editor.py" line="+59"/>
        <source>No start date</source>
        <translation>No start date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a start date</source>
        <translation>Set a start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a deadline</source>
        <translation>Set a deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 3 person-days</source>
        <translation>e.g. 3 person-days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We &amp;believe that…</source>
        <translation>We &amp;believe that…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We believe that</source>
        <translation>We believe that</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For who&amp;m…</source>
        <translation>For who&amp;m…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verif&amp;y it, we will…</source>
        <translation>To verif&amp;y it, we will…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To verify it, we will</source>
        <translation>To verify it, we will</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>And meas&amp;ure…</source>
        <translation>And meas&amp;ure…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>And measure</source>
        <translation>And measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are &amp;right if…</source>
        <translation>We are &amp;right if…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We are right if</source>
        <translation>We are right if</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;art:</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effor&amp;t:</source>
        <translation>Effor&amp;t:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criticality:</source>
        <translation>&amp;Criticality:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criticality</source>
        <translation>Criticality</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We ob&amp;served…</source>
        <translation>We ob&amp;served…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We observed</source>
        <translation>We observed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We &amp;learned…</source>
        <translation>We &amp;learned…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We learned</source>
        <translation>We learned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisio&amp;n:</source>
        <translation>Decisio&amp;n:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therefore we w&amp;ill…</source>
        <translation>Therefore we w&amp;ill…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Therefore we will</source>
        <translation>Therefore we will</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test card</source>
        <translation>Test card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What we will test, and how we will know</source>
        <translation>What we will test, and how we will know</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning card</source>
        <translation>Learning card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the test showed, and what we do about it</source>
        <translation>What the test showed, and what we do about it</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why? (kept in the history)</source>
        <translation>Why? (kept in the history)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the next status change</source>
        <translation>Note for the next status change</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move to:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to “%1”</source>
        <translation>Move to “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let it go: what you learned stays with it</source>
        <translation>Let it go: what you learned stays with it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked cards and moments</source>
        <translation>Linked cards and moments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status history, oldest first</source>
        <translation>Status history, oldest first</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;ked to</source>
        <translation>Lin&amp;ked to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a hypothesis to see its test card and learning card.</source>
        <translation>Choose a hypothesis to see its test card and learning card.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>A hypothesis needs a statement; the old one was kept.</source>
        <translation>A hypothesis needs a statement; the old one was kept.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled moment</source>
        <translation>Untitled moment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card “%1”</source>
        <translation>Card “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moment “%1”</source>
        <translation>Moment “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click or press Enter to show it on the board</source>
        <translation>Double-click or press Enter to show it on the board</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked to any card or moment</source>
        <translation>Not linked to any card or moment</translation>
    </message>
</context>
<context>
    <name>HypothesisEditor</name>
    <message>
        <location filename="../../codesign/hypotheses/editor.py" line="+47"/>
        <source>New hypothesis</source>
        <translation>New hypothesis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit hypothesis</source>
        <translation>Edit hypothesis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Link hypothesis</source>
        <translation>Link hypothesis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete hypothesis</source>
        <translation>Delete hypothesis</translation>
    </message>
</context>
<context>
    <name>HypothesisFields</name>
    <message>
        <location filename="../../codesign/hypotheses/fields.py" line="+63"/>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · low</source>
        <translation>1 · low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · medium</source>
        <translation>2 · medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · high</source>
        <translation>3 · high</translation>
    </message>
</context>
<context>
    <name>HypothesisTable</name>
    <message>
        <location filename="../../codesign/hypotheses/table_view.py" line="+24"/>
        <source>Hypotheses table</source>
        <translation>Hypotheses table</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criticality</source>
        <translation>Criticality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any criticality</source>
        <translation>Any criticality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{marks} or higher</source>
        <translation>{marks} or higher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{marks} only</source>
        <translation>{marks} only</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Search statements</source>
        <translation>Search statements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear every filter</source>
        <translation>Clear every filter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many hypotheses are shown</source>
        <translation>How many hypotheses are shown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Moment</source>
        <translation>&amp;Moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;riticality</source>
        <translation>C&amp;riticality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;earch</source>
        <translation>S&amp;earch</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hypotheses</source>
        <translation>Hypotheses</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No owner yet</source>
        <translation>No owner yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{journey}: {moment}</source>
        <translation>{journey}: {moment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All moments</source>
        <translation>All moments</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No hypotheses yet. Capture one from a card on the board with the most dots.</source>
        <translation>No hypotheses yet. Capture one from a card on the board with the most dots.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hypothesis(es)</source>
        <translation>
            <numerusform>%n hypothesis</numerusform>
            <numerusform>%n hypotheses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n hypothesis(es) shown. “Show all” clears the filters.</source>
        <translation>
            <numerusform>{shown} of %n hypothesis shown. “Show all” clears the filters.</numerusform>
            <numerusform>{shown} of %n hypotheses shown. “Show all” clears the filters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HypothesisTableModel</name>
    <message>
        <location filename="../../codesign/hypotheses/table_model.py" line="+92"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criticality</source>
        <translation>Criticality</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moments</source>
        <translation>Moments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{date} (overdue)</source>
        <translation>{date} (overdue)</translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <location filename="../../codesign/canvas/grid_items.py" line="+110"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../codesign/canvas/scene.py" line="+345"/>
        <source>Change emotion</source>
        <translation>Change emotion</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location filename="../../codesign/canvas/view.py" line="+39"/>
        <source>Journey board</source>
        <translation>Journey board</translation>
    </message>
    <message>
        <location line="+291"/>
        <location line="+187"/>
        <location line="+45"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <location line="-223"/>
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Duplicate %n card</numerusform>
            <numerusform>Duplicate %n cards</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+96"/>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Moment name:</source>
        <translation>Moment name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lane name:</source>
        <translation>Lane name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrow label</source>
        <translation>Arrow label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add card here</source>
        <translation>Add card here</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+58"/>
        <source>Add moment</source>
        <translation>Add moment</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+57"/>
        <source>Add lane</source>
        <translation>Add lane</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Add emotion lane</source>
        <translation>Add emotion lane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring to front</source>
        <translation>Bring to front</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture hypothesis…</source>
        <translation>Capture hypothesis…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change type</source>
        <translation>Change type</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add moment before</source>
        <translation>Add moment before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add lane above</source>
        <translation>Add lane above</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add moment after</source>
        <translation>Add moment after</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add lane below</source>
        <translation>Add lane below</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capture hypothesis for this moment…</source>
        <translation>Capture hypothesis for this moment…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete moment…</source>
        <translation>Delete moment…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete lane…</source>
        <translation>Delete lane…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the new moment:</source>
        <translation>Name of the new moment:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new lane:</source>
        <translation>Name of the new lane:</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Delete this moment and the %n card(s) in it?</source>
        <translation>
            <numerusform>Delete this moment and the %n card in it?</numerusform>
            <numerusform>Delete this moment and the %n cards in it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete this lane and the %n card(s) in it?</source>
        <translation>
            <numerusform>Delete this lane and the %n card in it?</numerusform>
            <numerusform>Delete this lane and the %n cards in it?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
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
        <translation>Add journey</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename journey</source>
        <translation>Rename journey</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete journey</source>
        <translation>Delete journey</translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <location filename="../../codesign/model/journey.py" line="+21"/>
        <source>Customer actions</source>
        <translation>Customer actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frontstage touchpoints</source>
        <translation>Frontstage touchpoints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support processes</source>
        <translation>Support processes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../codesign/app/main_window.py" line="+55"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New Workshop…</source>
        <translation>&amp;New Workshop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new workshop</source>
        <translation>Start a new workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a workshop file</source>
        <translation>Open a workshop file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo Workshop</source>
        <translation>Open &amp;Demo Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a fresh copy of the demo workshop</source>
        <translation>Open a fresh copy of the demo workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;Copy…</source>
        <translation>Save a &amp;Copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a copy of this workshop to another file; you keep working here</source>
        <translation>Write a copy of this workshop to another file; you keep working here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Import JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a workshop from a JSON file</source>
        <translation>Make a workshop from a JSON file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Export JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this workshop as a JSON file</source>
        <translation>Write this workshop as a JSON file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF Summary…</source>
        <translation>Export &amp;PDF Summary…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF for stakeholders: the journey, the votes, the hypotheses and what was learned</source>
        <translation>A PDF for stakeholders: the journey, the votes, the hypotheses and what was learned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Board &amp;Image…</source>
        <translation>Export Board &amp;Image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journey in front as a PNG or SVG picture</source>
        <translation>The journey in front as a PNG or SVG picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Vote Results (CSV)…</source>
        <translation>Export &amp;Vote Results (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per card per round, with the dots of each group</source>
        <translation>One row per card per round, with the dots of each group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this workshop</source>
        <translation>Close this workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close every workshop and quit</source>
        <translation>Close every workshop and quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language, theme, defaults for voting and PDFs, where workshops go, safety copies</source>
        <translation>Language, theme, defaults for voting and PDFs, where workshops go, safety copies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run Your &amp;First Workshop</source>
        <translation>Run Your &amp;First Workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short guide: before, during and after the session</source>
        <translation>A short guide: before, during and after the session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About codesign</source>
        <translation>&amp;About codesign</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Card Text</source>
        <translation>&amp;Edit Card Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock or Unlock Cards</source>
        <translation>&amp;Lock or Unlock Cards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked cards cannot be moved by accident on the shared screen</source>
        <translation>Locked cards cannot be moved by accident on the shared screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Content</source>
        <translation>&amp;Fit to Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole journey</source>
        <translation>Show the whole journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;100%</source>
        <translation>&amp;100%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Journey…</source>
        <translation>&amp;New Journey…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Journey…</source>
        <translation>&amp;Rename Journey…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Journey…</source>
        <translation>&amp;Delete Journey…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Moment…</source>
        <translation>Add &amp;Moment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Lane…</source>
        <translation>Add &amp;Lane…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present on Shared Screen</source>
        <translation>&amp;Present on Shared Screen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-screen voting for the room, on the second screen if there is one</source>
        <translation>Full-screen voting for the room, on the second screen if there is one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Voting Round…</source>
        <translation>&amp;New Voting Round…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open or Close Voting</source>
        <translation>&amp;Open or Close Voting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reveal or Hide Dots</source>
        <translation>&amp;Reveal or Hide Dots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;Tally…</source>
        <translation>Paper &amp;Tally…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Results…</source>
        <translation>&amp;Results…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting &amp;Panel</source>
        <translation>Voting &amp;Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capture Hypothesis…</source>
        <translation>&amp;Capture Hypothesis…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down a hypothesis now, linked to the chosen cards</source>
        <translation>Write down a hypothesis now, linked to the chosen cards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show Hypotheses</source>
        <translation>&amp;Show Hypotheses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status board and table of this workshop&apos;s hypotheses</source>
        <translation>The status board and table of this workshop&apos;s hypotheses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>V&amp;oting</source>
        <translation>V&amp;oting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>H&amp;ypotheses</source>
        <translation>H&amp;ypotheses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zoom level</source>
        <translation>Zoom level</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent workshops</source>
        <translation>No recent workshops</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear List</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The change was not saved</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes are saved, but no safety copy could be made: {reason}</source>
        <translation>Your changes are saved, but no safety copy could be made: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent}%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All changes saved ({time})</source>
        <translation>All changes saved ({time})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Workshop closed. All changes were saved.</source>
        <translation>Workshop closed. All changes were saved.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Untitled workshop</source>
        <translation>Untitled workshop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} (demo copy)</source>
        <translation>{file} (demo copy)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a Copy of the Workshop</source>
        <translation>Save a Copy of the Workshop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save a copy</source>
        <translation>Could not save a copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved a copy as {path}</source>
        <translation>Saved a copy as {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not export the workshop</source>
        <translation>Could not export the workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the workshop to {path}</source>
        <translation>Exported the workshop to {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported the PDF summary to {path}</source>
        <translation>Exported the PDF summary to {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF export was cancelled; no file was written.</source>
        <translation>The PDF export was cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF was not written.</source>
        <translation>The PDF was not written.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Board Image</source>
        <translation>Export Board Image</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not export the picture</source>
        <translation>Could not export the picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} could not be written: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the board to {path}</source>
        <translation>Exported the board to {path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export Vote Results</source>
        <translation>Export Vote Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not export the vote results</source>
        <translation>Could not export the vote results</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the vote results to {path}</source>
        <translation>Exported the vote results to {path}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Settings saved. Restart codesign to see the new language in every window.</source>
        <translation>Settings saved. Restart codesign to see the new language in every window.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;codesign {version}&lt;/h3&gt;&lt;p&gt;Co-design workshops for service design: map a journey with customers and staff, dot-vote, and turn what matters into small experiments.&lt;/p&gt;&lt;p&gt;Every workshop is one &lt;i&gt;.codesign&lt;/i&gt; file. Each change is saved the moment you make it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;codesign {version}&lt;/h3&gt;&lt;p&gt;Co-design workshops for service design: map a journey with customers and staff, dot-vote, and turn what matters into small experiments.&lt;/p&gt;&lt;p&gt;Every workshop is one &lt;i&gt;.codesign&lt;/i&gt; file. Each change is saved the moment you make it.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>About codesign</source>
        <translation>About codesign</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message>
        <location filename="../../codesign/canvas/editor.py" line="-174"/>
        <source>That item is no longer on the board.</source>
        <translation>That item is no longer on the board.</translation>
    </message>
    <message>
        <location filename="../../codesign/hypotheses/editor.py" line="-49"/>
        <source>That hypothesis is no longer there.</source>
        <translation>That hypothesis is no longer there.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../codesign/model/hypothesis_rules.py" line="+50"/>
        <source>A hypothesis has no field {name}.</source>
        <translation>A hypothesis has no field {name}.</translation>
    </message>
    <message>
        <location filename="../../codesign/model/board.py" line="+100"/>
        <source>These cards are already joined by an arrow.</source>
        <translation>These cards are already joined by an arrow.</translation>
    </message>
    <message>
        <location filename="../../codesign/model/hypothesis_rules.py" line="+15"/>
        <source>A hypothesis cannot go from “{old}” to “{new}”: {why}</source>
        <translation>A hypothesis cannot go from “{old}” to “{new}”: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>test it first.</source>
        <translation>test it first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a validated hypothesis is adopted.</source>
        <translation>only a validated hypothesis is adopted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pick it up again as a new idea first.</source>
        <translation>pick it up again as a new idea first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that step is not part of its life cycle.</source>
        <translation>that step is not part of its life cycle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This hypothesis has a history. Let it go instead: it stays visible with what was learned.</source>
        <translation>This hypothesis has a history. Let it go instead: it stays visible with what was learned.</translation>
    </message>
    <message>
        <location filename="../../codesign/model/journey.py" line="+58"/>
        <source>That moment is not part of this journey.</source>
        <translation>That moment is not part of this journey.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That lane is not part of this journey.</source>
        <translation>That lane is not part of this journey.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>A touchpoint needs a channel and no note type.</source>
        <translation>A touchpoint needs a channel and no note type.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note needs a note type and no channel.</source>
        <translation>A note needs a note type and no channel.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An arrow needs two different cards.</source>
        <translation>An arrow needs two different cards.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An arrow can only join cards on the same journey.</source>
        <translation>An arrow can only join cards on the same journey.</translation>
    </message>
    <message>
        <location filename="../../codesign/model/rules.py" line="+21"/>
        <source>{field} must be text.</source>
        <translation>{field} must be text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} contains a NUL character.</source>
        <translation>{field} contains a NUL character.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} contains a broken character (a lone surrogate).</source>
        <translation>{field} contains a broken character (a lone surrogate).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../codesign/model/voting.py" line="+31"/>
        <location filename="../../codesign/storage/interchange.py" line="+62"/>
        <source>{field} must be one of {allowed}, not {value!r}.</source>
        <translation>{field} must be one of {allowed}, not {value!r}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} must be a number.</source>
        <translation>{field} must be a number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must be between {low} and {high}, not {value}.</source>
        <translation>{field} must be between {low} and {high}, not {value}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field} must be a whole number.</source>
        <translation>{field} must be a whole number.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{field} must be a colour like #3366AA, not {value!r}.</source>
        <translation>{field} must be a colour like #3366AA, not {value!r}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} must be 1 to {most} characters, not {value!r}.</source>
        <translation>{field} must be 1 to {most} characters, not {value!r}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{field} must be a date like 2026-11-23, not {value!r}.</source>
        <translation>{field} must be a date like 2026-11-23, not {value!r}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{field} must be a UTC time like 2026-11-23T09:30:00.000000Z, not {value!r}.</source>
        <translation>{field} must be a UTC time like 2026-11-23T09:30:00.000000Z, not {value!r}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be true or false.</source>
        <translation>{field} must be true or false.</translation>
    </message>
    <message>
        <location filename="../../codesign/model/vote_rules.py" line="+114"/>
        <source>The round “{question}” is still open. Close it before opening another.</source>
        <translation>The round “{question}” is still open. Close it before opening another.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Someone has already placed {spent} dots; the limit cannot go below that.</source>
        <translation>Someone has already placed {spent} dots; the limit cannot go below that.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone has already placed {spent} dots on one card; the limit cannot go below that.</source>
        <translation>Someone has already placed {spent} dots on one card; the limit cannot go below that.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A voting round has no setting {name}.</source>
        <translation>A voting round has no setting {name}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+38"/>
        <source>This round is not open for voting.</source>
        <translation>This round is not open for voting.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>{name} is not in a group that votes in this round.</source>
        <translation>{name} is not in a group that votes in this round.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>This card is not part of this round.</source>
        <translation>This card is not part of this round.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>In this round, nobody votes on their own cards.</source>
        <translation>In this round, nobody votes on their own cards.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} has no dots left.</source>
        <translation>{name} has no dots left.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} already has {count} dot(s) on this card, the most allowed.</source>
        <translation>{name} already has {count} dot(s) on this card, the most allowed.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} has no dot on this card.</source>
        <translation>{name} has no dot on this card.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown group {group}.</source>
        <translation>Unknown group {group}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A paper tally holds 0 to {most} dots.</source>
        <translation>A paper tally holds 0 to {most} dots.</translation>
    </message>
    <message>
        <location filename="../../codesign/model/voting.py" line="-5"/>
        <source>{field} must be a list of names.</source>
        <translation>{field} must be a list of names.</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/fragment.py" line="+46"/>
        <location line="+2"/>
        <location line="+15"/>
        <source>The clipboard does not hold codesign cards.</source>
        <translation>The clipboard does not hold codesign cards.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>These cards were copied from a newer codesign. Update codesign to paste them.</source>
        <translation>These cards were copied from a newer codesign. Update codesign to paste them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is too many cards to paste at once.</source>
        <translation>That is too many cards to paste at once.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A pasted card is missing its {field}.</source>
        <translation>A pasted card is missing its {field}.</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/interchange.py" line="-4"/>
        <source>{field} must be a list of different names.</source>
        <translation>{field} must be a list of different names.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} must be an id or null.</source>
        <translation>{field} must be an id or null.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} must be a non-empty id.</source>
        <translation>{field} must be a non-empty id.</translation>
    </message>
    <message>
        <location filename="../../codesign/voting/editor.py" line="+45"/>
        <source>That round, person or card is no longer there.</source>
        <translation>That round, person or card is no longer there.</translation>
    </message>
    <message>
        <location filename="../../codesign/voting/people.py" line="+51"/>
        <source>That person is no longer in the workshop.</source>
        <translation>That person is no longer in the workshop.</translation>
    </message>
</context>
<context>
    <name>MomentBars</name>
    <message>
        <location filename="../../codesign/voting/moment_bars.py" line="+32"/>
        <source>Dots per moment</source>
        <translation>Dots per moment</translation>
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
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <location line="+15"/>
        <source>%n on pain points</source>
        <translation>
            <numerusform>%n on pain points</numerusform>
            <numerusform>%n on pain points</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hurts most</source>
        <translation>Hurts most</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most dots</source>
        <translation>Most dots</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>All dots</source>
        <translation>All dots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dots on pain points</source>
        <translation>Dots on pain points</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../../codesign/app/new_workshop_dialog.py" line="+56"/>
        <source>New Workshop</source>
        <translation>New Workshop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the workshop a title and choose what its first journey starts from. Everything you do in it is saved to one file as you go; there is no Save button to forget.</source>
        <translation>Give the workshop a title and choose what its first journey starts from. Everything you do in it is saved to one file as you go; there is no Save button to forget.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: Opening an account at our bank</source>
        <translation>For example: Opening an account at our bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop title</source>
        <translation>Workshop title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workshop language</source>
        <translation>Workshop language</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journey template</source>
        <translation>Journey template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the first journey of the workshop starts with</source>
        <translation>What the first journey of the workshop starts with</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About this template</source>
        <translation>About this template</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder</source>
        <translation>Choose another folder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;mplate:</source>
        <translation>Te&amp;mplate:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Create Workshop</source>
        <translation>Create Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(named after the title)</source>
        <translation>(named after the title)</translation>
    </message>
</context>
<context>
    <name>PaletteList</name>
    <message>
        <location filename="../../codesign/canvas/palette.py" line="-69"/>
        <source>{name}: drag onto the board, or press Enter to add one.</source>
        <translation>{name}: drag onto the board, or press Enter to add one.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../codesign/app/participants_panel.py" line="+73"/>
        <source>Group of the people to add</source>
        <translation>Group of the people to add</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add people…</source>
        <translation>Add people…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Add people</source>
        <translation>Add people</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Type or paste names, one per line</source>
        <translation>Type or paste names, one per line</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Names or aliases, one per line (pasting a list works too). They join as {group}.</source>
        <translation>Names or aliases, one per line (pasting a list works too). They join as {group}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or alias:</source>
        <translation>Name or alias:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People in the room ({count})</source>
        <translation>People in the room ({count})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colour and marker {marker}</source>
        <translation>Colour and marker {marker}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or the Menu key: rename, change group, remove</source>
        <translation>Enter or the Menu key: rename, change group, remove</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nobody added yet.</source>
        <translation>Nobody added yet.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../codesign/app/pdf_export.py" line="+22"/>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../codesign/export/pdf_cover.py" line="+116"/>
        <source>Contents</source>
        <translation>Contents</translation>
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
        <translation>Voting results</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../codesign/export/pdf_hypotheses.py" line="+40"/>
        <source>Hypotheses</source>
        <translation>Hypotheses</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../codesign/export/pdf_hypotheses.py" line="+31"/>
        <source>Let go, and what we learned</source>
        <translation>Let go, and what we learned</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../codesign/export/pdf_journeys.py" line="+63"/>
        <source>Appendix: every card</source>
        <translation>Appendix: every card</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Writing the PDF summary…</source>
        <translation>Writing the PDF summary…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Export PDF Summary</source>
        <translation>Export PDF Summary</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+4"/>
        <source>Could not export the PDF</source>
        <translation>Could not export the PDF</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The PDF could not be written to {path}: {reason}. Choose another folder.</source>
        <translation>The PDF could not be written to {path}: {reason}. Choose another folder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../codesign/export/pdf.py" line="+137"/>
        <source>Workshop report</source>
        <translation>Workshop report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-design workshop report</source>
        <translation>Co-design workshop report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {page} of {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <location filename="../../codesign/export/pdf_cover.py" line="-95"/>
        <source>Untitled workshop</source>
        <translation>Untitled workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-design workshop · Report</source>
        <translation>Co-design workshop · Report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitation</source>
        <translation>Facilitation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 customer</source>
        <translation>1 customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} customers</source>
        <translation>{n} customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 staff member</source>
        <translation>1 staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} staff</source>
        <translation>{n} staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 facilitator</source>
        <translation>1 facilitator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} facilitators</source>
        <translation>{n} facilitators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 observer</source>
        <translation>1 observer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} observers</source>
        <translation>{n} observers</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cards on the journey map</source>
        <translation>cards on the journey map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cards on {journeys} journeys</source>
        <translation>cards on {journeys} journeys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dots placed in 1 voting round</source>
        <translation>dots placed in 1 voting round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dots placed in {rounds} voting rounds</source>
        <translation>dots placed in {rounds} voting rounds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hypotheses, each with a test</source>
        <translation>hypotheses, each with a test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tested or let go, each one a finding</source>
        <translation>tested or let go, each one a finding</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Most dots in the vote</source>
        <translation>Most dots in the vote</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../codesign/export/pdf_journeys.py" line="+5"/>
        <source>(untitled card)</source>
        <translation>(untitled card)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dot</source>
        <translation>1 dot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} dots</source>
        <translation>{n} dots</translation>
    </message>
    <message>
        <location filename="../../codesign/export/pdf_hypotheses.py" line="-48"/>
        <source>We believe that</source>
        <translation>We believe that</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verify it, we will</source>
        <translation>To verify it, we will</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>And measure</source>
        <translation>And measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are right if</source>
        <translation>We are right if</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We observed</source>
        <translation>We observed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We learned</source>
        <translation>We learned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therefore we will</source>
        <translation>Therefore we will</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No hypotheses were written down.</source>
        <translation>No hypotheses were written down.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 hypothesis ({summary}).</source>
        <translation>1 hypothesis ({summary}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hypotheses ({summary}).</source>
        <translation>{n} hypotheses ({summary}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is a Test card: what we believe, how we will test it, and how we will know. Once tested, a Learning card says what we saw and what we do next.</source>
        <translation>Each is a Test card: what we believe, how we will test it, and how we will know. Once tested, a Learning card says what we saw and what we do next.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 hypothesis was let go: see “Let go, and what we learned”.</source>
        <translation>1 hypothesis was let go: see “Let go, and what we learned”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hypotheses were let go: see “Let go, and what we learned”.</source>
        <translation>{n} hypotheses were let go: see “Let go, and what we learned”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Letting an idea go is a result, not a failure: each test below told us something we did not know, and saved the effort of building what would not have helped.</source>
        <translation>Letting an idea go is a result, not a failure: each test below told us something we did not know, and saved the effort of building what would not have helped.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No hypothesis has been let go.</source>
        <translation>No hypothesis has been let go.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>let go on {date}</source>
        <translation>let go on {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>criticality: {word} ({level} of 3)</source>
        <translation>criticality: {word} ({level} of 3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test card</source>
        <translation>Test card</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Learning card</source>
        <translation>Learning card</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No owner or dates yet.</source>
        <translation>No owner or dates yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moments</source>
        <translation>Moments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>History</source>
        <translation>History</translation>
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
        <translation>Untitled journey</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The journey map cannot be drawn in this version; every card is listed in the appendix.</source>
        <translation>The journey map cannot be drawn in this version; every card is listed in the appendix.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journey map is left out of this anonymised report because its cards name participants; every card is listed, without names, in the appendix.</source>
        <translation>The journey map is left out of this anonymised report because its cards name participants; every card is listed, without names, in the appendix.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The full text of each card on the journeys, moment by moment, as the participants wrote it.</source>
        <translation>The full text of each card on the journeys, moment by moment, as the participants wrote it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outside the moments</source>
        <translation>Outside the moments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cards on this journey.</source>
        <translation>No cards on this journey.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Untitled moment</source>
        <translation>Untitled moment</translation>
    </message>
    <message>
        <location filename="../../codesign/export/pdf_voting.py" line="+30"/>
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers and staff placed dots on the cards that mattered most to them. Cards are ranked by dots; cards with the same number of dots share a rank, shown as “2=”.</source>
        <translation>Customers and staff placed dots on the cards that mattered most to them. Cards are ranked by dots; cards with the same number of dots share a rank, shown as “2=”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No voting rounds were held.</source>
        <translation>No voting rounds were held.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All rounds combined</source>
        <translation>All rounds combined</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 round without visible counts is left out.</source>
        <translation>1 round without visible counts is left out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rounds without visible counts are left out.</source>
        <translation>{n} rounds without visible counts are left out.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Round {number}: </source>
        <translation>Round {number}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no question)</source>
        <translation>(no question)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This round was prepared but never opened, so it has no dots.</source>
        <translation>This round was prepared but never opened, so it has no dots.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The counts of this round were still hidden when this report was made.</source>
        <translation>The counts of this round were still hidden when this report was made.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This round was still open when this report was made: the counts may change.</source>
        <translation>This round was still open when this report was made: the counts may change.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 dot per person</source>
        <translation>1 dot per person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} dots per person</source>
        <translation>{n} dots per person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most 1 on one card</source>
        <translation>at most 1 on one card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {n} on one card</source>
        <translation>at most {n} on one card</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 chosen card</source>
        <translation>1 chosen card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} chosen cards</source>
        <translation>{n} chosen cards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards of these types: {types}</source>
        <translation>Cards of these types: {types}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every card of the journey “{journey}”</source>
        <translation>Every card of the journey “{journey}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every card of every journey</source>
        <translation>Every card of every journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own cards allowed</source>
        <translation>own cards allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no dots on one’s own cards</source>
        <translation>no dots on one’s own cards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dots hidden until revealed</source>
        <translation>dots hidden until revealed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymous: who voted for what is not shown</source>
        <translation>anonymous: who voted for what is not shown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voters’ names left out of this report</source>
        <translation>voters’ names left out of this report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time limit {time}</source>
        <translation>time limit {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who voted</source>
        <translation>Who voted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No dots were placed.</source>
        <translation>No dots were placed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 dot placed ({split}).</source>
        <translation>1 dot placed ({split}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} dots placed ({split}).</source>
        <translation>{n} dots placed ({split}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most dots, by group</source>
        <translation>Most dots, by group</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Card</source>
        <translation>Card</translation>
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
        <translation>Total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voters: </source>
        <translation>Voters: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All cards with dots</source>
        <translation>All cards with dots</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 more card got no dots.</source>
        <translation>1 more card got no dots.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} more cards got no dots.</source>
        <translation>{n} more cards got no dots.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customers’ dots</source>
        <translation>Customers’ dots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff dots</source>
        <translation>Staff dots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who cares more</source>
        <translation>Who cares more</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../codesign/export/pdf_words.py" line="+30"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../codesign/export/pdf_words.py" line="+1"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where customers and staff disagree</source>
        <translation>Where customers and staff disagree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of each group’s dots that went to the card, largest gaps first.</source>
        <translation>Share of each group’s dots that went to the card, largest gaps first.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{moment}” hurts most: 1 dot on pain points.</source>
        <translation>“{moment}” hurts most: 1 dot on pain points.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{moment}” hurts most: {n} dots on pain points.</source>
        <translation>“{moment}” hurts most: {n} dots on pain points.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dots on pain points. “{moment}” has the most: 1.</source>
        <translation>No dots on pain points. “{moment}” has the most: 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dots on pain points. “{moment}” has the most: {n}.</source>
        <translation>No dots on pain points. “{moment}” has the most: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All dots</source>
        <translation>All dots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On pain points</source>
        <translation>On pain points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points (dark) of all dots</source>
        <translation>Pain points (dark) of all dots</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hurts most</source>
        <translation>hurts most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most dots</source>
        <translation>most dots</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which moment hurts most</source>
        <translation>Which moment hurts most</translation>
    </message>
    <message>
        <location filename="../../codesign/export/pdf_words.py" line="+1"/>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observers</source>
        <translation>Observers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>July</translation>
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
        <translation>October</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <location filename="../../codesign/app/pdf_export.py" line="-129"/>
        <source>Export PDF Summary</source>
        <translation>Export PDF Summary</translation>
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
        <translation>Paper size</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the summary</source>
        <translation>Language of the summary</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymise participants: no names at all, only counts by group</source>
        <translation>Anonymise participants: no names at all, only counts by group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the PDF when it is done</source>
        <translation>Open the PDF when it is done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message numerus="yes">
        <location filename="../../codesign/voting/people.py" line="+11"/>
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Add %n person</numerusform>
            <numerusform>Add %n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename person</source>
        <translation>Rename person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change group</source>
        <translation>Change group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change colour</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change person</source>
        <translation>Change person</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Remove %n person(s)</source>
        <translation>
            <numerusform>Remove %n person</numerusform>
            <numerusform>Remove %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../codesign/voting/presenter.py" line="+43"/>
        <source>Cards to vote on</source>
        <translation>Cards to vote on</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location line="+32"/>
        <source>Voting — codesign</source>
        <translation>Voting — codesign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared voting screen</source>
        <translation>Shared voting screen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done / next  ⏎</source>
        <translation>Done / next  ⏎</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Click a card to add a dot  ·  right-click or Backspace takes one back  ·  arrows and Space work too  ·  Enter: done / next  ·  Esc: leave</source>
        <translation>Click a card to add a dot  ·  right-click or Backspace takes one back  ·  arrows and Space work too  ·  Enter: done / next  ·  Esc: leave</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Other cards</source>
        <translation>Other cards</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Vote as {name}</source>
        <translation>Vote as {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No voting round yet. The facilitator starts one in the Voting panel.</source>
        <translation>No voting round yet. The facilitator starts one in the Voting panel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (not open yet)</source>
        <translation>  (not open yet)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  (closed)</source>
        <translation>  (closed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which cards matter most?</source>
        <translation>Which cards matter most?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone&apos;s dots stay hidden until the reveal  ·  </source>
        <translation>Everyone&apos;s dots stay hidden until the reveal  ·  </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who is voting? Click your name below or press your number.</source>
        <translation>Who is voting? Click your name below or press your number.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n dot(s) left</source>
        <translation>
            <numerusform>%n dot left</numerusform>
            <numerusform>%n dots left</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Time is up</source>
        <translation>Time is up</translation>
    </message>
</context>
<context>
    <name>RankedTable</name>
    <message>
        <location filename="../../codesign/voting/results_tables.py" line="-54"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All dots</source>
        <translation>All dots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards ranked by dots</source>
        <translation>Cards ranked by dots</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Tied for place {rank} with %n other card(s)</source>
        <translation>
            <numerusform>Tied for place {rank} with %n other card</numerusform>
            <numerusform>Tied for place {rank} with %n other cards</numerusform>
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
        <translation>Voting round to show</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dots placed</source>
        <translation>Dots placed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results of</source>
        <translation>Results of</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counts are hidden until you reveal them</source>
        <translation>Counts are hidden until you reveal them</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Reveal the counts</source>
        <translation>Reveal the counts</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Moment that hurts most</source>
        <translation>Moment that hurts most</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cards by dots</source>
        <translation>Cards by dots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn into hypothesis…</source>
        <translation>Turn into hypothesis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the chosen card into a hypothesis</source>
        <translation>Turn the chosen card into a hypothesis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts a hypothesis from the card chosen in the list (the top one if none is chosen), linked to it</source>
        <translation>Starts a hypothesis from the card chosen in the list (the top one if none is chosen), linked to it</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share of each group’s dots that went to the card</source>
        <translation>Share of each group’s dots that went to the card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where customers and staff disagree</source>
        <translation>Where customers and staff disagree</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which moment hurts most</source>
        <translation>Which moment hurts most</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(no question)</source>
        <translation>(no question)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {number}: {question}</source>
        <translation>Round {number}: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All rounds combined</source>
        <translation>All rounds combined</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No voting rounds yet. Start a round, and its results appear here as people place their dots.</source>
        <translation>No voting rounds yet. Start a round, and its results appear here as people place their dots.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No dots placed in this round yet. The results fill in as people vote.</source>
        <translation>No dots placed in this round yet. The results fill in as people vote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dots placed in any round yet.</source>
        <translation>No dots placed in any round yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n round(s) with hidden counts are left out.</source>
        <translation>
            <numerusform>%n round with hidden counts is left out.</numerusform>
            <numerusform>%n rounds with hidden counts are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n dot(s) placed</source>
        <translation>
            <numerusform>%n dot placed</numerusform>
            <numerusform>%n dots placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n round(s) with hidden counts left out</source>
        <translation>
            <numerusform>%n round with hidden counts left out</numerusform>
            <numerusform>%n rounds with hidden counts left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n card(s) without dots are not listed.</source>
        <translation>
            <numerusform>%n card without dots is not listed.</numerusform>
            <numerusform>%n cards without dots are not listed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customers and staff spread their dots the same way.</source>
        <translation>Customers and staff spread their dots the same way.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to compare yet: both customers and staff need to place dots.</source>
        <translation>Nothing to compare yet: both customers and staff need to place dots.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dots on any moment yet.</source>
        <translation>No dots on any moment yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“{moment}” hurts most: %n dot(s) on pain points.</source>
        <translation>
            <numerusform>“{moment}” hurts most: %n dot on pain points.</numerusform>
            <numerusform>“{moment}” hurts most: %n dots on pain points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No dots on pain points yet. “{moment}” has the most dots: %n.</source>
        <translation>
            <numerusform>No dots on pain points yet. “{moment}” has the most dots: %n.</numerusform>
            <numerusform>No dots on pain points yet. “{moment}” has the most dots: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../codesign/voting/round_dialog.py" line="+24"/>
        <source>Voting round</source>
        <translation>Voting round</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New voting round</source>
        <translation>New voting round</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where does it hurt most?</source>
        <translation>Where does it hurt most?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dots per person</source>
        <translation>Dots per person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most dots one person may put on one card</source>
        <translation>Most dots one person may put on one card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit in minutes</source>
        <translation>Time limit in minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All cards of this journey</source>
        <translation>All cards of this journey</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %n card(s) selected on the board</source>
        <translation>
            <numerusform>The %n card selected on the board</numerusform>
            <numerusform>The %n cards selected on the board</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only cards of these kinds:</source>
        <translation>Only cards of these kinds:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>People may vote on cards they wrote</source>
        <translation>People may vote on cards they wrote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymous: who voted for what is never shown or exported</source>
        <translation>Anonymous: who voted for what is never shown or exported</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the counts until I reveal them</source>
        <translation>Hide the counts until I reveal them</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots per person:</source>
        <translation>Dots per person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most dots on one card:</source>
        <translation>Most dots on one card:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit:</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cards:</source>
        <translation>Cards:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who votes:</source>
        <translation>Who votes:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../codesign/app/settings_dialog.py" line="+37"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dots per person in a new voting round</source>
        <translation>Dots per person in a new voting round</translation>
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
        <translation>Paper size of PDF summaries</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for new workshops</source>
        <translation>Choose the folder for new workshops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Default</source>
        <translation>Use Default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save new workshops in the default folder</source>
        <translation>Save new workshops in the default folder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes between safety copies</source>
        <translation>Minutes between safety copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Safety Copies</source>
        <translation>Show Safety Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of safety copies</source>
        <translation>Open the folder of safety copies</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every change is saved to the workshop file the moment you make it. In addition, codesign keeps a safety copy of each open workshop that changed, every {minutes} to {most} minutes as you choose, and keeps the newest {kept}.</source>
        <translation>Every change is saved to the workshop file the moment you make it. In addition, codesign keeps a safety copy of each open workshop that changed, every {minutes} to {most} minutes as you choose, and keeps the newest {kept}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language shows in windows opened from now on; restart codesign to see it everywhere.</source>
        <translation>The new language shows in windows opened from now on; restart codesign to see it everywhere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Dots per person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Paper size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workshops go to:</source>
        <translation>New workshops go to:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Safety copy every:</source>
        <translation>&amp;Safety copy every:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{folder} (the default)</source>
        <translation>{folder} (the default)</translation>
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
        <translation>Choose the next or previous card, moment by moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the chosen card&apos;s text</source>
        <translation>Edit the chosen card&apos;s text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen card&apos;s menu: type, order, lock, hypothesis</source>
        <translation>The chosen card&apos;s menu: type, order, lock, hypothesis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nudge the chosen cards a little / more</source>
        <translation>Nudge the chosen cards a little / more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pan the board</source>
        <translation>Pan the board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Shared screen</source>
        <translation>Shared screen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Pick the voter with that number</source>
        <translation>Pick the voter with that number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a dot to the card</source>
        <translation>Add a dot to the card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a dot back</source>
        <translation>Take a dot back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move between cards</source>
        <translation>Move between cards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done, next voter</source>
        <translation>Done, next voter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen on or off / leave the shared screen</source>
        <translation>Full screen on or off / leave the shared screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypotheses</source>
        <translation>Hypotheses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen hypothesis to its next or previous status</source>
        <translation>Move the chosen hypothesis to its next or previous status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People panel</source>
        <translation>People panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename a person, change their group or remove them</source>
        <translation>Rename a person, change their group or remove them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture form</source>
        <translation>Capture form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the hypothesis</source>
        <translation>Save the hypothesis</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../codesign/app/start_screen.py" line="+71"/>
        <source>Map a service journey together with the people who live it, vote on what matters, and turn it into small experiments.</source>
        <translation>Map a service journey together with the people who live it, vote on what matters, and turn it into small experiments.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New workshop…</source>
        <translation>New workshop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an empty journey map</source>
        <translation>Start an empty journey map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .codesign file</source>
        <translation>Open a .codesign file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open demo workshop</source>
        <translation>Open demo workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bank&apos;s “open an account” journey to try things out</source>
        <translation>A bank&apos;s “open an account” journey to try things out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run your first workshop: a short guide</source>
        <translation>Run your first workshop: a short guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the guide to running your first workshop</source>
        <translation>Open the guide to running your first workshop</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>Recent workshops</source>
        <translation>Recent workshops</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Open recent workshop {name}</source>
        <translation>Open recent workshop {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshops you open or create will be listed here.</source>
        <translation>Workshops you open or create will be listed here.</translation>
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
        <translation>it holds no workshop</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/document.py" line="+18"/>
        <source>that is the file that is open</source>
        <translation>that is the file that is open</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/errors.py" line="+16"/>
        <source>“{name}” could not be used: {detail}</source>
        <translation>“{name}” could not be used: {detail}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no file “{name}” at {path}. Check the name, or choose the file again.</source>
        <translation>There is no file “{name}” at {path}. Check the name, or choose the file again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is not a codesign workshop ({detail}). Choose a .codesign file, or use Import for a workshop saved as JSON. The file was not changed.</source>
        <translation>“{name}” is not a codesign workshop ({detail}). Choose a .codesign file, or use Import for a workshop saved as JSON. The file was not changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” is damaged and cannot be opened ({detail}). The file was not changed. Open a backup or an earlier copy of it instead.</source>
        <translation>“{name}” is damaged and cannot be opened ({detail}). The file was not changed. Open a backup or an earlier copy of it instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” was saved by a newer version of codesign (file format {found}; this version reads up to {supported}). Update codesign to open it. The file was not changed.</source>
        <translation>“{name}” was saved by a newer version of codesign (file format {found}; this version reads up to {supported}). Update codesign to open it. The file was not changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” is already open in codesign ({holder}). Switch to that window, or close the workshop there and try again.</source>
        <translation>“{name}” is already open in codesign ({holder}). Switch to that window, or close the workshop there and try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” already exists. Choose another name, or remove the old file first.</source>
        <translation>“{name}” already exists. Choose another name, or remove the old file first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write “{name}” ({detail}). Check that the folder exists, is writable and has free space; your workshop file was not changed.</source>
        <translation>Could not write “{name}” ({detail}). Check that the folder exists, is writable and has free space; your workshop file was not changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not upgrade “{name}” to this version of codesign ({detail}). The file was restored; a copy was kept at {backup}.</source>
        <translation>Could not upgrade “{name}” to this version of codesign ({detail}). The file was restored; a copy was kept at {backup}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” is not a valid codesign workshop in JSON: {detail}. Nothing was imported.</source>
        <translation>“{name}” is not a valid codesign workshop in JSON: {detail}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/fileformat.py" line="-43"/>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a codesign database</source>
        <translation>it is not a codesign database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a database made by another program</source>
        <translation>it is a database made by another program</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its header is broken</source>
        <translation>its header is broken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is shorter than it should be; it may have been cut off while copying</source>
        <translation>the file is shorter than it should be; it may have been cut off while copying</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no file format version</source>
        <translation>it has no file format version</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its workshop tables are missing</source>
        <translation>its workshop tables are missing</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/interchange.py" line="+313"/>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not UTF-8 text</source>
        <translation>it is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../codesign/storage/lock.py" line="+104"/>
        <source>process {pid} on {host}, since {since}</source>
        <translation>process {pid} on {host}, since {since}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another window or process</source>
        <translation>another window or process</translation>
    </message>
</context>
<context>
    <name>TallyDialog</name>
    <message>
        <location filename="../../codesign/voting/tally_dialog.py" line="+111"/>
        <source>Type the dots counted on the paper wall. They count as votes of unnamed people of that group.</source>
        <translation>Type the dots counted on the paper wall. They count as votes of unnamed people of that group.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter moves down, Tab moves right.</source>
        <translation>Enter moves down, Tab moves right.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a card…</source>
        <translation>Find a card…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a card by its title</source>
        <translation>Find a card by its title</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper dots per card and group</source>
        <translation>Paper dots per card and group</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No card title contains this text.</source>
        <translation>No card title contains this text.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>Paper tally</source>
        <translation>Paper tally</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>This voting round is no longer in the workshop.</source>
        <translation>This voting round is no longer in the workshop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This round has no cards to vote on, so there is nothing to count.</source>
        <translation>This round has no cards to vote on, so there is nothing to count.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All dots</source>
        <translation>All dots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper and on-screen dots together</source>
        <translation>Paper and on-screen dots together</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled card</source>
        <translation>Untitled card</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paper dots of {group} on “{card}”</source>
        <translation>Paper dots of {group} on “{card}”</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../codesign/app/templates.py" line="+41"/>
        <source>Discover</source>
        <translation>Discover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help</source>
        <translation>Get help</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Blank journey</source>
        <translation>Blank journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four service blueprint rows and five empty moments, ready to fill in together.</source>
        <translation>The four service blueprint rows and five empty moments, ready to fill in together.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Customer journey</source>
        <translation>Customer journey</translation>
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
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifact</source>
        <translation>Artifact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain point</source>
        <translation>Pain point</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testing</source>
        <translation>Testing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalidated</source>
        <translation>Invalidated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Let go</source>
        <translation>Let go</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Persevere</source>
        <translation>Persevere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pivot</source>
        <translation>Pivot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep testing</source>
        <translation>Keep testing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>frustrated</source>
        <translation>frustrated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unhappy</source>
        <translation>unhappy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pleased</source>
        <translation>pleased</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delighted</source>
        <translation>delighted</translation>
    </message>
</context>
<context>
    <name>VotingConsole</name>
    <message>
        <location filename="../../codesign/voting/console.py" line="+41"/>
        <source>Voting round</source>
        <translation>Voting round</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New round…</source>
        <translation>New round…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new voting round</source>
        <translation>Start a new voting round</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the question, dots and rules of this round</source>
        <translation>Change the question, dots and rules of this round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as new</source>
        <translation>Copy as new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new round with the same settings and no dots</source>
        <translation>A new round with the same settings and no dots</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+164"/>
        <location line="+5"/>
        <source>Open voting</source>
        <translation>Open voting</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+170"/>
        <source>Reveal dots</source>
        <translation>Reveal dots</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Show everyone&apos;s dots on the shared screen</source>
        <translation>Show everyone&apos;s dots on the shared screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present on shared screen</source>
        <translation>Present on shared screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen for the room, on the second screen if there is one</source>
        <translation>Full screen for the room, on the second screen if there is one</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time left</source>
        <translation>Time left</translation>
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
        <translation>Start or pause the timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who has voted</source>
        <translation>Who has voted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dots left</source>
        <translation>Dots left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paper tally…</source>
        <translation>Paper tally…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in the dots counted on a paper wall</source>
        <translation>Type in the dots counted on a paper wall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results…</source>
        <translation>Results…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show dots on the board</source>
        <translation>Show dots on the board</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No voting round yet. Start one with “New round…”.</source>
        <translation>No voting round yet. Start one with “New round…”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close voting</source>
        <translation>Close voting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen voting</source>
        <translation>Reopen voting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide dots again</source>
        <translation>Hide dots again</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n dot(s) each</source>
        <translation>
            <numerusform>%n dot each</numerusform>
            <numerusform>%n dots each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at most %n per card</source>
        <translation>
            <numerusform>at most %n per card</numerusform>
            <numerusform>at most %n per card</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revealed</source>
        <translation>revealed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hidden until you reveal</source>
        <translation>hidden until you reveal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closes after {time}</source>
        <translation>closes after {time}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>voting now</source>
        <translation>voting now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done ✓</source>
        <translation>done ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{done} of {people} done · {spent} of {possible} dots placed</source>
        <translation>{done} of {people} done · {spent} of {possible} dots placed</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time is up</source>
        <translation>Time is up</translation>
    </message>
</context>
<context>
    <name>VotingEditor</name>
    <message>
        <location filename="../../codesign/voting/editor.py" line="+10"/>
        <source>New voting round</source>
        <translation>New voting round</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open voting</source>
        <translation>Open voting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close voting</source>
        <translation>Close voting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy voting round</source>
        <translation>Copy voting round</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change dot limits</source>
        <translation>Change dot limits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change voting round</source>
        <translation>Change voting round</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reveal the dots</source>
        <translation>Reveal the dots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the dots</source>
        <translation>Hide the dots</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a dot</source>
        <translation>Add a dot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take back a dot</source>
        <translation>Take back a dot</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paper tally</source>
        <translation>Paper tally</translation>
    </message>
</context>
<context>
    <name>VotingSession</name>
    <message>
        <location filename="../../codesign/voting/session.py" line="+118"/>
        <location line="+16"/>
        <source>Pick your name first: click it below or press your number.</source>
        <translation>Pick your name first: click it below or press your number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has no dot to take back.</source>
        <translation>{name} has no dot to take back.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has no dot on this card.</source>
        <translation>{name} has no dot on this card.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This round is not open for voting.</source>
        <translation>This round is not open for voting.</translation>
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
        <translation>What the workshop is called</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should the group find out or decide?</source>
        <translation>What should the group find out or decide?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it takes place</source>
        <translation>Where it takes place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who runs it</source>
        <translation>Who runs it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else worth remembering</source>
        <translation>Anything else worth remembering</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop title</source>
        <translation>Workshop title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change title</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop goal</source>
        <translation>Workshop goal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change goal</source>
        <translation>Change goal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop date</source>
        <translation>Workshop date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change date</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;ocation:</source>
        <translation>L&amp;ocation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop location</source>
        <translation>Workshop location</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change location</source>
        <translation>Change location</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop language</source>
        <translation>Workshop language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change language</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change facilitator</source>
        <translation>Change facilitator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop notes</source>
        <translation>Workshop notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change notes</source>
        <translation>Change notes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A workshop needs a title; the old one was kept.</source>
        <translation>A workshop needs a title; the old one was kept.</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../../codesign/app/workshop_view.py" line="+72"/>
        <source>Voting</source>
        <translation>Voting</translation>
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
        <translation>Add a journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another journey to this workshop</source>
        <translation>Add another journey to this workshop</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Voting and hypotheses</source>
        <translation>Voting and hypotheses</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Workshop details</source>
        <translation>Workshop details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Demo workshop.&lt;/b&gt; This is your own practice copy: change anything you like. It is removed after a week; use File › Save a Copy… to keep it.</source>
        <translation>&lt;b&gt;Demo workshop.&lt;/b&gt; This is your own practice copy: change anything you like. It is removed after a week; use File › Save a Copy… to keep it.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Untitled journey</source>
        <translation>Untitled journey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workshop has no journey yet. Use “+ Journey” to add one.</source>
        <translation>This workshop has no journey yet. Use “+ Journey” to add one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No journey</source>
        <translation>No journey</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Rename journey…</source>
        <translation>Rename journey…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete journey…</source>
        <translation>Delete journey…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add journey…</source>
        <translation>Add journey…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add journey</source>
        <translation>Add journey</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new journey:</source>
        <translation>Name of the new journey:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename journey</source>
        <translation>Rename journey</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journey name:</source>
        <translation>Journey name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete journey</source>
        <translation>Delete journey</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the journey “{title}” with its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the journey “{title}” with its %n card? You can undo this.</numerusform>
            <numerusform>Delete the journey “{title}” with its %n cards? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Voting results</source>
        <translation>Voting results</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Hypothesis saved.</source>
        <translation>Hypothesis saved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Solving “{title}” will …</source>
        <translation>Solving “{title}” will …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Voting rounds: {rounds}    Hypotheses: {hypotheses}</source>
        <translation>Voting rounds: {rounds}    Hypotheses: {hypotheses}</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <location filename="../../codesign/app/workshops.py" line="+138"/>
        <source>This workshop was upgraded to the new file format. The old file was kept at {path}.</source>
        <translation>This workshop was upgraded to the new file format. The old file was kept at {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened {name}. Every change is saved the moment you make it.</source>
        <translation>Opened {name}. Every change is saved the moment you make it.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not open the workshop</source>
        <translation>Could not open the workshop</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workshop not found</source>
        <translation>Workshop not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is no longer in {folder}. It may have been moved, renamed or deleted. It was removed from the recent workshops.</source>
        <translation>“{name}” is no longer in {folder}. It may have been moved, renamed or deleted. It was removed from the recent workshops.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not open the demo workshop</source>
        <translation>Could not open the demo workshop</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not create the workshop</source>
        <translation>Could not create the workshop</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the Imported Workshop As</source>
        <translation>Save the Imported Workshop As</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Could not import the workshop</source>
        <translation>Could not import the workshop</translation>
    </message>
</context>
</TS>
