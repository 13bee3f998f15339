<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/core/appsettings.cpp" line="+36"/>
        <source>Setting %1 was &quot;%2&quot;, not one of %3; reset to &quot;%4&quot;.</source>
        <translation>Die Einstellung %1 war „%2“, keiner der Werte %3; zurückgesetzt auf „%4“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Setting %1 was &quot;%2&quot;, not a whole number from %3 to %4; reset to %5.</source>
        <translation>Die Einstellung %1 war „%2“, keine ganze Zahl von %3 bis %4; zurückgesetzt auf %5.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Setting %1 was empty; reset to %2.</source>
        <translation>Die Einstellung %1 war leer; zurückgesetzt auf %2.</translation>
    </message>
</context>
<context>
    <name>ClassificationComparison</name>
    <message>
        <location filename="../ui/labels/classificationcomparison.cpp" line="+38"/>
        <source>%1 does not have the columns image + the run&apos;s %2 classes: was it written by a classification run of this dataset?</source>
        <translation>%1 hat nicht die Spalten „image“ + die %2 Klassen des Laufs: Wurde die Datei von einem Klassifikationslauf auf diesem Datensatz geschrieben?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, line %2: %3 values instead of %4.</source>
        <translation>%1, Zeile %2: %3 Werte statt %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, line %2, column %3: &quot;%4&quot; is not %5.</source>
        <translation>%1, Zeile %2, Spalte %3: „%4“ ist nicht %5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 or 1</source>
        <translation>0 oder 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a probability between 0 and 1</source>
        <translation>eine Wahrscheinlichkeit zwischen 0 und 1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: probabilities.csv and labels.csv list different images.</source>
        <translation>%1: probabilities.csv und labels.csv führen verschiedene Bilder auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 lists no test images.</source>
        <translation>%1 führt keine Testbilder auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a %2 run: the Labels page needs classification runs (segmentation runs open on the Compare page).</source>
        <translation>%1 ist ein %2-Lauf: Die Seite „Labels“ braucht Klassifikationsläufe (Segmentierungsläufe öffnen sich auf der Seite „Vergleichen“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 saved no test predictions: fine-tune it again with &quot;save predictions&quot; on.</source>
        <translation>%1 hat keine Testvorhersagen gespeichert: Stimmen Sie ihn erneut mit aktiviertem „save predictions“ fein ab.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The two runs have different classes (%1 and %2): compare runs on the same dataset.</source>
        <translation>Die beiden Läufe haben verschiedene Klassen (%1 und %2): Vergleichen Sie Läufe auf demselben Datensatz.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n test image(s) of the baseline are missing from the pretrained run and are left out.</source>
        <translation>
            <numerusform>%n Testbild der Baseline fehlt im vortrainierten Lauf und wird ausgelassen.</numerusform>
            <numerusform>%n Testbilder der Baseline fehlen im vortrainierten Lauf und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The runs&apos; saved labels differ on %n image(s); the baseline&apos;s are used.</source>
        <translation>
            <numerusform>Die gespeicherten Labels der Läufe unterscheiden sich bei %n Bild; die der Baseline werden verwendet.</numerusform>
            <numerusform>Die gespeicherten Labels der Läufe unterscheiden sich bei %n Bildern; die der Baseline werden verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two runs have no test image in common (%1, %2).</source>
        <translation>Die beiden Läufe haben kein gemeinsames Testbild (%1, %2).</translation>
    </message>
</context>
<context>
    <name>ColorizationJobs</name>
    <message numerus="yes">
        <location filename="../ui/jobs/colorizationjobs.cpp" line="+26"/>
        <source>Finished %n epoch(s), %1 iterations.</source>
        <translation>
            <numerusform>%n Epoche abgeschlossen, %1 Iterationen.</numerusform>
            <numerusform>%n Epochen abgeschlossen, %1 Iterationen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final metrics: %1.</source>
        <translation>Endgültige Metriken: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Training in %1 processes needs colorproxy-cli next to this program (%2); choose 1 process, or install the command-line tool.</source>
        <translation>Training in %1 Prozessen braucht colorproxy-cli neben diesem Programm (%2); wählen Sie 1 Prozess oder installieren Sie das Kommandozeilenwerkzeug.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the settings for the other processes in %1.</source>
        <translation>Die Einstellungen für die anderen Prozesse können nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>process %1 of %2 ended with exit code %3; see its messages in the terminal.</source>
        <translation>Prozess %1 von %2 endete mit Exit-Code %3; siehe seine Meldungen im Terminal.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pretraining (%1) — %2</source>
        <translation>Vortraining (%1) — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/jobs/finetunejobs.cpp" line="+25"/>
        <source>(%1 processes)</source>
        <translation>(%1 Prozesse)</translation>
    </message>
</context>
<context>
    <name>DatasetOverview</name>
    <message>
        <location filename="../ui/datasets/datasetoverview.cpp" line="+30"/>
        <source>Choose a dataset folder.</source>
        <translation>Wählen Sie einen Datensatzordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder. Choose the folder that holds the images (or the dataset&apos;s root for COCO, Pascal VOC and CamVid).</source>
        <translation>%1 ist kein Ordner. Wählen Sie den Ordner mit den Bildern (oder bei COCO, Pascal VOC und CamVid den Stammordner des Datensatzes).</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>No usable colour images were found in %1 (%n problem(s) reported).</source>
        <translation>
            <numerusform>In %1 wurden keine verwendbaren Farbbilder gefunden (%n Problem gemeldet).</numerusform>
            <numerusform>In %1 wurden keine verwendbaren Farbbilder gefunden (%n Probleme gemeldet).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperimentJobs</name>
    <message>
        <location filename="../ui/jobs/experimentjobs.cpp" line="+34"/>
        <source>Experiment run %1/%2 — %3</source>
        <translation>Experimentlauf %1/%2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run %1 of %2: %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 finished in %2 s</source>
        <translation>%1 in %2 s beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 did not finish (%2 s)</source>
        <translation>%1 wurde nicht beendet (%2 s)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stopped; the runs finished so far are kept in %1; resume it from the Runs page.</source>
        <translation>Angehalten; die bisher beendeten Läufe bleiben in %1 erhalten; auf der Seite „Läufe“ fortsetzen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Label-efficiency figure: %1</source>
        <translation>Abbildung zur Label-Effizienz: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
</context>
<context>
    <name>ExperimentResultFile</name>
    <message>
        <location filename="../ui/results/experimentresultfile.cpp" line="+18"/>
        <source>%1 has no report.json yet: the experiment is still running, or it stopped before writing its report. Resume it from the Runs page to finish it.</source>
        <translation>%1 hat noch keine report.json: Das Experiment läuft noch oder wurde vor dem Schreiben seines Berichts angehalten. Setzen Sie es auf der Seite „Läufe“ fort, um es abzuschließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report of %1 lists no fine-tuning task, so there is nothing to plot. Run the experiment again with at least one task.</source>
        <translation>Der Bericht von %1 nennt keine Feinabstimmungsaufgabe, es gibt also nichts darzustellen. Führen Sie das Experiment mit mindestens einer Aufgabe erneut aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
The fine-tuning runs under its runs/ folder are not affected: they still open on the Compare and Labels pages.</source>
        <translation>%1
Die Feinabstimmungsläufe in seinem Ordner runs/ sind nicht betroffen: Sie lassen sich weiterhin auf den Seiten „Vergleichen“ und „Labels“ öffnen.</translation>
    </message>
</context>
<context>
    <name>FinetuneJobs</name>
    <message numerus="yes">
        <location filename="../ui/jobs/finetunejobs.cpp" line="-10"/>
        <source>Finished %n epoch(s) in %1 s.</source>
        <translation>
            <numerusform>%n Epoche in %1 s abgeschlossen.</numerusform>
            <numerusform>%n Epochen in %1 s abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test: %1.</source>
        <translation>Test: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fine-tuning %1 (%2)</source>
        <translation>Feinabstimmung %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FinetuneRunInfo</name>
    <message>
        <location filename="../ui/runpair/finetunerun.cpp" line="+42"/>
        <source>%1 has no report.json: pick a fine-tuning run that has finished.</source>
        <translation>%1 hat keine report.json: Wählen Sie einen abgeschlossenen Feinabstimmungslauf.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 (the run may still be writing it, or the file is damaged): pick a finished baseline or pretrained fine-tuning run, or an experiment folder.</source>
        <translation>%1 (der Lauf schreibt sie vielleicht noch, oder die Datei ist beschädigt): Wählen Sie einen abgeschlossenen Baseline- oder vortrainierten Feinabstimmungslauf oder einen Experimentordner.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the labels · %2</source>
        <translation>%1 der Labels · %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 saved no test predictions, so there is nothing to inspect: fine-tune again (the wizard and colorproxy-cli finetune save them by default).</source>
        <translation>%1 hat keine Testvorhersagen gespeichert, es gibt also nichts anzusehen: Feinabstimmung erneut ausführen (der Assistent und colorproxy-cli finetune speichern sie standardmäßig).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 has no %2 run of seed %3 beside it in %4.</source>
        <translation>Neben %1 liegt in %4 kein Lauf „%2“ mit Seed %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pretrained</source>
        <translation>vortrainiert</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../ui/jobs/job.cpp" line="+34"/>
        <source>Resuming %1</source>
        <translation>%1 wird fortgesetzt</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Stopped after epoch %1 (iteration %2); resume it from the Runs page.</source>
        <translation>Nach Epoche %1 (Iteration %2) angehalten; auf der Seite „Läufe“ fortsetzen.</translation>
    </message>
</context>
<context>
    <name>LoadedSample</name>
    <message>
        <location filename="../ui/datasets/sampleview.cpp" line="+42"/>
        <source>Cannot show this image: %1</source>
        <translation>Dieses Bild kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <location filename="../ui/colorize/modellocator.cpp" line="+49"/>
        <source>ColorProxy looks for the bundled model in the file named by COLORPROXY_MODEL, then in &lt;install&gt;/share/colorproxy/models/%1, then in resources/models/%1 of the source tree.</source>
        <translation>ColorProxy sucht das mitgelieferte Modell in der durch COLORPROXY_MODEL benannten Datei, dann in &lt;install&gt;/share/colorproxy/models/%1, dann in resources/models/%1 des Quellbaums.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training, latest epoch</source>
        <translation>im Training, letzte Epoche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bundled model with colour points (%1)</source>
        <translation>Mitgeliefertes Modell mit Farbpunkten (%1)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>failed, last checkpoint</source>
        <translation>fehlgeschlagen, letzter Checkpoint</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run %1 (%2)</source>
        <translation>Lauf %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bundled model (%1)</source>
        <translation>Mitgeliefertes Modell (%1)</translation>
    </message>
</context>
<context>
    <name>ProbeResultFile</name>
    <message>
        <location filename="../ui/results/proberesultfile.cpp" line="+50"/>
        <source>colorization-pretrained</source>
        <translation>durch Einfärbung vortrainiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random init</source>
        <translation>zufällige Initialisierung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON (%2); run the probe again to rewrite it.</source>
        <translation>%1 ist kein gültiges JSON (%2); führen Sie die Sonde erneut aus, um die Datei neu zu schreiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <source>%1 holds no probe results by encoder level.</source>
        <translation>%1 enthält keine Sondenergebnisse nach Encoder-Ebene.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 holds no segmentation probe results (test mIoU per initialisation).</source>
        <translation>%1 enthält keine Ergebnisse einer Segmentierungssonde (Test-mIoU je Initialisierung).</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/core/qtstrings.cpp" line="+36"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-24"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-23"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>RunSnapshot</name>
    <message>
        <location filename="../ui/runs/runsnapshot.cpp" line="+117"/>
        <source>%1 is not a run folder (it has no config.json).</source>
        <translation>%1 ist kein Laufordner (config.json fehlt).</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+4"/>
        <source>report.json could not be parsed</source>
        <translation>report.json konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>colorization</source>
        <translation>Einfärbung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fine-tuning (segmentation)</source>
        <translation>Feinabstimmung (Segmentierung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine-tuning (classification)</source>
        <translation>Feinabstimmung (Klassifikation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine-tuning</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Representation probes: %1</source>
        <translation>Repräsentationssonden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs %1 of %2</source>
        <translation>Läufe %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report, tables and figures: %1</source>
        <translation>Bericht, Tabellen und Abbildungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch %1 of %2, iteration %3 of %4</source>
        <translation>Epoche %1 von %2, Iteration %3 von %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+30"/>
        <source>Reopened %1</source>
        <translation>%1 wieder geöffnet</translation>
    </message>
</context>
<context>
    <name>SegmentationComparison</name>
    <message>
        <location filename="../ui/compare/segmentationcomparison.cpp" line="+36"/>
        <source>%1 is not a segmentation predictions index (expected the columns index,image,prediction,truth): was the run a segmentation run?</source>
        <translation>%1 ist kein Index von Segmentierungsvorhersagen (erwartet werden die Spalten index,image,prediction,truth): War der Lauf ein Segmentierungslauf?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lists no images.</source>
        <translation>%1 führt keine Bilder auf.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is a %2 run: the Compare page needs two segmentation runs (classification runs open on the Labels page).</source>
        <translation>%1 ist ein %2-Lauf: Die Seite „Vergleichen“ braucht zwei Segmentierungsläufe (Klassifikationsläufe öffnen sich auf der Seite „Labels“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 saved no test predictions: fine-tune it again with &quot;save predictions&quot; on.</source>
        <translation>%1 hat keine Testvorhersagen gespeichert: Stimmen Sie ihn erneut mit aktiviertem „save predictions“ fein ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two runs have different classes (%1 and %2): compare runs on the same dataset.</source>
        <translation>Die beiden Läufe haben verschiedene Klassen (%1 und %2): Vergleichen Sie Läufe auf demselben Datensatz.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be read; its image is left out.</source>
        <translation>%1 kann nicht gelesen werden; sein Bild wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The runs were scored at different image sizes (%1×%2 and %3×%4, %5): compare runs fine-tuned with the same image size.</source>
        <translation>Die Läufe wurden bei verschiedenen Bildgrößen bewertet (%1×%2 und %3×%4, %5): Vergleichen Sie Läufe, die mit derselben Bildgröße feinabgestimmt wurden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1; the image is left out (do the masks belong to this dataset?).</source>
        <translation>%1; das Bild wird ausgelassen (gehören die Masken zu diesem Datensatz?).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n test image(s) of the baseline are missing from the pretrained run and are left out.</source>
        <translation>
            <numerusform>%n Testbild der Baseline fehlt im vortrainierten Lauf und wird ausgelassen.</numerusform>
            <numerusform>%n Testbilder der Baseline fehlen im vortrainierten Lauf und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The two runs&apos; saved ground truth differs on %n image(s): were they fine-tuned on the same dataset and image size? The baseline&apos;s truth is used.</source>
        <translation>
            <numerusform>Die gespeicherte Ground Truth der beiden Läufe unterscheidet sich bei %n Bild: Wurden sie auf demselben Datensatz und mit derselben Bildgröße feinabgestimmt? Die Ground Truth der Baseline wird verwendet.</numerusform>
            <numerusform>Die gespeicherte Ground Truth der beiden Läufe unterscheidet sich bei %n Bildern: Wurden sie auf demselben Datensatz und mit derselben Bildgröße feinabgestimmt? Die Ground Truth der Baseline wird verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two runs have no test image in common that could be read (%1, %2).</source>
        <translation>Die beiden Läufe haben kein gemeinsames lesbares Testbild (%1, %2).</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <location filename="../ui/results/verdicttext.cpp" line="+16"/>
        <source>%1 pretraining runs</source>
        <translation>%1 Vortrainingsläufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seeds</source>
        <translation>%1 Seeds</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the baseline (%1) did not beat the trivial predictor (%2) by %3; the pretrained network reached %4</source>
        <translation>die Baseline (%1) hat den trivialen Prädiktor (%2) nicht um %3 übertroffen; das vortrainierte Netz erreichte %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the pretrained network (%1) did not beat the trivial predictor (%2) by %3; the baseline reached %4</source>
        <translation>das vortrainierte Netz (%1) hat den trivialen Prädiktor (%2) nicht um %3 übertroffen; die Baseline erreichte %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>neither the baseline (%1) nor the pretrained network (%2) beat the trivial predictor (%3) by %4</source>
        <translation>weder die Baseline (%1) noch das vortrainierte Netz (%2) hat den trivialen Prädiktor (%3) um %4 übertroffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This network did not learn enough to judge transfer: %1. Train longer, on more data or at a larger size.</source>
        <translation>Dieses Netz hat nicht genug gelernt, um den Transfer zu beurteilen: %1. Trainieren Sie länger, mit mehr Daten oder in größerer Auflösung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>gain</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inconclusive</source>
        <translation>nicht eindeutig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not judged</source>
        <translation>nicht beurteilt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>segmentation</source>
        <translation>Segmentierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>test %1</source>
        <extracomment>a metric measured on the test split, e.g. &quot;test mIoU&quot;</extracomment>
        <translation>Test-%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation %1</source>
        <extracomment>a metric measured on the validation split, e.g. &quot;validation mIoU&quot;</extracomment>
        <translation>Validierungs-%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %</source>
        <extracomment>a label fraction in percent, e.g. &quot;10 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gain: colorization pretraining improved %1 from %2 to %3 (mean paired difference %4).</source>
        <translation>Gewinn: Das Einfärbungs-Vortraining verbesserte %1 von %2 auf %3 (mittlere gepaarte Differenz %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss: colorization pretraining worsened %1 from %2 to %3 (mean paired difference %4).</source>
        <translation>Verlust: Das Einfärbungs-Vortraining verschlechterte %1 von %2 auf %3 (mittlere gepaarte Differenz %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inconclusive: the difference in %1 (from %2 to %3, mean paired difference %4) cannot be told apart from run-to-run noise.</source>
        <translation>Nicht eindeutig: Der Unterschied in %1 (von %2 auf %3, mittlere gepaarte Differenz %4) ist vom Rauschen zwischen Läufen nicht zu unterscheiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A single seed gives no interval and no test: use 6 or more.</source>
        <translation>Ein einzelner Seed ergibt kein Intervall und keinen Test: Verwenden Sie 6 oder mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 % CI [%1, %2] over %3; sign-flip %4, paired t-test %5.</source>
        <translation>95-%-KI [%1; %2] über %3; Vorzeichen-Permutationstest %4, gepaarter t-Test %5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With %1 the sign-flip test cannot reach p &lt; 0.05 (its smallest p is %2): use 6 or more.</source>
        <translation>Mit %1 kann der Vorzeichen-Permutationstest p &lt; 0,05 nicht erreichen (sein kleinstes p ist %2): Verwenden Sie 6 oder mehr.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>colorproxy::AbGamutSquare</name>
    <message>
        <location filename="../ui/colorize/abgamutsquare.cpp" line="+22"/>
        <source>Any colour at the point&apos;s lightness: a (green to red) runs right, b (blue to yellow) up; colours a screen cannot show at this lightness are dimmed</source>
        <translation>Jede Farbe bei der Helligkeit des Punkts: a (Grün bis Rot) nach rechts, b (Blau bis Gelb) nach oben; Farben, die ein Bildschirm bei dieser Helligkeit nicht zeigen kann, sind abgeblendet</translation>
    </message>
</context>
<context>
    <name>colorproxy::AboutDialog</name>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="+12"/>
        <source>About ColorProxy</source>
        <translation>Über ColorProxy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;ColorProxy %1&lt;/h2&gt;&lt;p&gt;Self-supervised visual feature learning through image colorization: pretrain a colorizer on unlabelled photos, then fine-tune its weights on classification and segmentation beside a randomly initialised baseline, and see whether the pretraining helps.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methods&lt;/b&gt;&lt;br&gt;Treneska et al., &lt;i&gt;GAN-Based Image Colorization for Self-Supervised Visual Feature Learning&lt;/i&gt;, Sensors 22(4):1599, 2022.&lt;br&gt;Zhang, Isola, Efros, &lt;i&gt;Colorful Image Colorization&lt;/i&gt;, ECCV 2016.&lt;br&gt;Isola et al., &lt;i&gt;Image-to-Image Translation with Conditional Adversarial Networks&lt;/i&gt; (pix2pix), CVPR 2017.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %2 (LGPLv3), QCustomPlot (GPLv3), LibTorch (BSD), OpenCV (Apache 2.0), nlohmann/json (MIT).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ColorProxy %1&lt;/h2&gt;&lt;p&gt;Selbstüberwachtes Lernen visueller Merkmale durch Bildeinfärbung: Trainieren Sie einen Einfärber vorab auf unbeschrifteten Fotos, stimmen Sie seine Gewichte dann für Klassifikation und Segmentierung neben einer zufällig initialisierten Baseline fein ab, und sehen Sie, ob das Vortraining hilft.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methoden&lt;/b&gt;&lt;br&gt;Treneska et al., &lt;i&gt;GAN-Based Image Colorization for Self-Supervised Visual Feature Learning&lt;/i&gt;, Sensors 22(4):1599, 2022.&lt;br&gt;Zhang, Isola, Efros, &lt;i&gt;Colorful Image Colorization&lt;/i&gt;, ECCV 2016.&lt;br&gt;Isola et al., &lt;i&gt;Image-to-Image Translation with Conditional Adversarial Networks&lt;/i&gt; (pix2pix), CVPR 2017.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erstellt mit&lt;/b&gt; Qt %2 (LGPLv3), QCustomPlot (GPLv3), LibTorch (BSD), OpenCV (Apache 2.0), nlohmann/json (MIT).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>colorproxy::BeforeAfterView</name>
    <message>
        <location filename="../ui/colorize/beforeafterview.cpp" line="+188"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+11"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Colorizing…</source>
        <translation>Wird eingefärbt…</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>colorproxy::ColorizePage</name>
    <message>
        <location filename="../ui/colorize/colorizepage.cpp" line="+87"/>
        <source>&lt;h2&gt;Colorize&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Einfärben&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here (or open or paste them). The colorizer sees only their lightness and paints the colours back at full resolution.</source>
        <translation>Ziehen Sie Fotos oder Ordner hierher (oder öffnen bzw. fügen Sie sie ein). Der Einfärber sieht nur ihre Helligkeit und malt die Farben in voller Auflösung zurück.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open &amp;photos…</source>
        <translation>&amp;Fotos öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open f&amp;older…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ste</source>
        <translation>Ei&amp;nfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colorize the image (or the files) on the clipboard (%1)</source>
        <translation>Das Bild (oder die Dateien) in der Zwischenablage einfärben (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundled model, or a colorization run from the runs folder</source>
        <translation>Das mitgelieferte Modell oder ein Einfärbe-Lauf aus dem Läufe-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Annealed mean of the predicted colour distribution: low T takes the most likely colour (vivid), T = 1 the mean (safe, greyish)</source>
        <translation>Annealed Mean der vorhergesagten Farbverteilung: kleines T nimmt die wahrscheinlichste Farbe (lebhaft), T = 1 den Mittelwert (sicher, gräulich)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Dropout and pix2pix protocols: the seed of the dropout masks (sample k uses seed + k, as colorproxy-cli colorize --seed). Another seed gives another sample; the same seed repeats it.</source>
        <translation>Protokolle Dropout und pix2pix: der Seed der Dropout-Masken (Stichprobe k nutzt Seed + k, wie colorproxy-cli colorize --seed). Ein anderer Seed ergibt eine andere Stichprobe; derselbe Seed wiederholt sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See&amp;d:</source>
        <translation>Seed-&amp;Wert:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Drop photos or folders here, or use Open photos…, Open folder… or Paste.</source>
        <translation>Ziehen Sie Fotos oder Ordner hierher, oder verwenden Sie „Fotos öffnen…“, „Ordner öffnen…“ oder „Einfügen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to move the split; the mouse wheel zooms, the middle button (or Shift+drag) pans, a double click fits the photo again</source>
        <translation>Ziehen verschiebt die Trennlinie; das Mausrad zoomt, die mittlere Taste (oder Umschalt+Ziehen) verschiebt das Bild, ein Doppelklick passt das Foto wieder ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the result at full resolution (one photo pixel per screen pixel)</source>
        <translation>Das Ergebnis in voller Auflösung zeigen (ein Fotopixel pro Bildschirmpixel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the whole photo in the view</source>
        <translation>Das ganze Foto in die Ansicht einpassen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Before/after split</source>
        <translation>Vorher/Nachher geteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the split between before and after lies (or drag on the image)</source>
        <translation>Wo die Trennlinie zwischen vorher und nachher liegt (oder auf dem Bild ziehen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original colours</source>
        <translation>Originalfarben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the photo&apos;s own colours as “before” instead of its greyscale input</source>
        <translation>Die eigenen Farben des Fotos als „vorher“ zeigen statt seiner Graustufen-Eingabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export all…</source>
        <translation>Alle &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colorize every photo in the list into a folder (dropped folders keep their structure)</source>
        <translation>Jedes Foto der Liste in einen Ordner einfärben (abgelegte Ordner behalten ihre Struktur)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+311"/>
        <source>pix2pix GAN</source>
        <translation>pix2pix-GAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>313-bin classification</source>
        <translation>Klassifikation mit 313 Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 regression</source>
        <translation>L2-Regression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 colorizer, trained at %2 px: %3</source>
        <translation>%1-Einfärber, trainiert mit %2 px: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This model cannot be used: %1</source>
        <translation>Dieses Modell kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 × %2 px, colorized in %3 s</source>
        <translation>%1 × %2 px, eingefärbt in %3 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, T = %1</source>
        <translation>, T = %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %1 protocol, %n sample(s), seed %2</source>
        <translation>
            <numerusform>, Protokoll %1, %n Stichprobe, Seed %2</numerusform>
            <numerusform>, Protokoll %1, %n Stichproben, Seed %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Exporting %1 of %2: %3</source>
        <translation>Export %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Export cancelled: %n photo(s) written to %1</source>
        <translation>
            <numerusform>Export abgebrochen: %n Foto nach %1 geschrieben</numerusform>
            <numerusform>Export abgebrochen: %n Fotos nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n photo(s) to %1</source>
        <translation>
            <numerusform>%n Foto nach %1 exportiert</numerusform>
            <numerusform>%n Fotos nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n fehlgeschlagen</numerusform>
            <numerusform>; %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-432"/>
        <source>The clipboard holds no image and no files.</source>
        <translation>Die Zwischenablage enthält kein Bild und keine Dateien.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Use a checkpoint file (.pt), a run folder from elsewhere, or a PyTorch pix2pix latest_net_G.pth (imported as it loads)</source>
        <translation>Eine Checkpoint-Datei (.pt), einen Laufordner von anderswo oder eine PyTorch-pix2pix-latest_net_G.pth verwenden (wird beim Laden importiert)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deterministic (eval)</source>
        <translation>Deterministisch (eval)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout on (Treneska et al.)</source>
        <translation>Dropout an (Treneska et al.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch statistics + dropout (pix2pix test.py)</source>
        <translation>Batch-Statistik + Dropout (pix2pix test.py)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch norm with the running statistics learned in training, dropout off: a photo always gets the same colours (pix2pix test.py --eval; the validation PSNR/SSIM of pretraining)</source>
        <translation>Batch-Norm mit den im Training gelernten laufenden Statistiken, Dropout aus: Ein Foto bekommt immer dieselben Farben (pix2pix test.py --eval; die Validierungs-PSNR/SSIM des Vortrainings)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running statistics with dropout kept on at test time, as Treneska et al. test: each sample differs a little; the samples are averaged</source>
        <translation>Laufende Statistiken, Dropout auch beim Testen an, wie Treneska et al. testen: Jede Stichprobe weicht etwas ab; die Stichproben werden gemittelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each photo normalised with its own statistics (a training-mode batch norm on one image) and dropout on, as pix2pix&apos;s test.py without --eval</source>
        <translation>Jedes Foto mit seinen eigenen Statistiken normalisiert (eine Batch-Norm im Trainingsmodus auf einem Bild) und Dropout an, wie pix2pix’ test.py ohne --eval</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the generator runs on your photos. The papers differ here, and the choice changes the colours (and PSNR) more than the pretext does. Results and exports use it; colour-point previews always run deterministically.</source>
        <translation>Wie der Generator auf Ihren Fotos läuft. Die Veröffentlichungen unterscheiden sich hier, und die Wahl verändert die Farben (und die PSNR) stärker als die Vorwand-Aufgabe. Ergebnisse und Exporte verwenden sie; die Vorschau der Farbpunkte läuft immer deterministisch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Inference:</source>
        <translation>&amp;Inferenz:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dropout and pix2pix protocols: the colours are the mean of this many passes, each with its own seeded dropout, so a result repeats exactly (1 = one sample, as the papers test; more = smoother and as many times slower)</source>
        <translation>Dropout- und pix2pix-Protokoll: Die Farben sind der Mittelwert so vieler Durchläufe, jeder mit eigenem, festgelegt geseedetem Dropout, sodass sich ein Ergebnis genau wiederholt (1 = eine Stichprobe, wie die Veröffentlichungen testen; mehr = glatter und entsprechend langsamer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;mples:</source>
        <translation>Stichpro&amp;ben:</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Colour poi&amp;nts</source>
        <translation>Farb&amp;punkte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show or hide the colour points (hidden points still colour the photo): click the photo to tell the colorizer what colour a place has</source>
        <translation>Farbpunkte zeigen oder verbergen (verborgene Punkte färben das Foto weiterhin): Klicken Sie ins Foto, um dem Kolorierer zu sagen, welche Farbe eine Stelle hat</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save res&amp;ult…</source>
        <translation>Ergebnis &amp;speichern…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>It has no dropout, so “Dropout on” gives the deterministic colours.</source>
        <translation>Es hat kein Dropout, daher liefert „Dropout an“ die deterministischen Farben.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>No model found</source>
        <translation>Kein Modell gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No colorization model found. Train one with Train ▸ New pretraining (runs in %1 appear here), or pick a checkpoint with Browse…. %2</source>
        <translation>Kein Einfärbemodell gefunden. Trainieren Sie eines über Training ▸ Neues Vortraining (Läufe in %1 erscheinen hier) oder wählen Sie einen Checkpoint mit „Durchsuchen…“. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected %1</source>
        <translation>%1 gewählt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Skipped %n item(s) that are not photos or folders with photos (e.g. %1); ColorProxy reads JPEG, PNG, BMP, TIFF and WebP.</source>
        <translation>
            <numerusform>%n Element übersprungen, das kein Foto und kein Ordner mit Fotos ist (z. B. %1); ColorProxy liest JPEG, PNG, BMP, TIFF und WebP.</numerusform>
            <numerusform>%n Elemente übersprungen, die keine Fotos oder Ordner mit Fotos sind (z. B. %1); ColorProxy liest JPEG, PNG, BMP, TIFF und WebP.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pasted image %1</source>
        <translation>Eingefügtes Bild %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dropped image %1</source>
        <translation>Abgelegtes Bild %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+33"/>
        <source>Colorizing %1…</source>
        <translation>%1 wird eingefärbt…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Pick a model to colorize %1.</source>
        <translation>Wählen Sie ein Modell, um %1 einzufärben.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no colorized photo to save yet.</source>
        <translation>Es gibt noch kein eingefärbtes Foto zum Speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save %1: check that its folder exists and is writable, and that the name ends in .png, .jpg, .bmp, .tif or .webp.</source>
        <translation>%1 konnte nicht gespeichert werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist und ob der Name auf .png, .jpg, .bmp, .tif oder .webp endet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1, but not its colour points: %2</source>
        <translation>%1 gespeichert, aber nicht seine Farbpunkte: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 and its colour points (%2)</source>
        <translation>%1 und seine Farbpunkte (%2) gespeichert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling the export after the current photo…</source>
        <translation>Der Export wird nach dem aktuellen Foto abgebrochen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open photos to colorize</source>
        <translation>Fotos zum Einfärben öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of photos</source>
        <translation>Einen Ordner mit Fotos öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a colorization model</source>
        <translation>Ein Einfärbemodell öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.pt *.pth);;All files (*)</source>
        <translation>Modelle (*.pt *.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Overwrite colorized photos?</source>
        <translation>Eingefärbte Fotos überschreiben?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) in %1 would be replaced, for example %2.</source>
        <translation>
            <numerusform>%n Datei in %1 würde ersetzt, zum Beispiel %2.</numerusform>
            <numerusform>%n Dateien in %1 würden ersetzt, zum Beispiel %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Save the colorized photo</source>
        <translation>Das eingefärbte Foto speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG (*.png);;JPEG (*.jpg *.jpeg);;All files (*)</source>
        <translation>PNG (*.png);;JPEG (*.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export colorized photos to</source>
        <translation>Eingefärbte Fotos exportieren nach</translation>
    </message>
</context>
<context>
    <name>colorproxy::ColorizeWorker</name>
    <message>
        <location filename="../ui/colorize/colorizeworker.cpp" line="+73"/>
        <location line="+47"/>
        <source>No model is loaded: pick one in the Model list first.</source>
        <translation>Kein Modell geladen: Wählen Sie zuerst eines in der Modellliste.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Cannot use this photo: %1</source>
        <translation>Dieses Foto kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pasted or dropped image is empty.</source>
        <translation>Das eingefügte oder abgelegte Bild ist leer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Colorizing %1 failed: %2</source>
        <translation>Einfärben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image</source>
        <translation>das Bild</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exporting to %1 failed: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>colorproxy::ComparePage</name>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="+85"/>
        <source>Does colorization pretraining help segmentation? Open an experiment folder, or choose a baseline and a pretrained segmentation run, to compare their test predictions image by image.</source>
        <translation>Hilft das Einfärbe-Vortraining der Segmentierung? Öffnen Sie einen Experimentordner oder wählen Sie einen Baseline- und einen vortrainierten Segmentierungslauf, um ihre Testvorhersagen Bild für Bild zu vergleichen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Largest mIoU gain first</source>
        <translation>Größter mIoU-Gewinn zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest mIoU loss first</source>
        <translation>Größter mIoU-Verlust zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest pixel-accuracy gain first</source>
        <translation>Größter Gewinn an Pixelgenauigkeit zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest pixel-accuracy loss first</source>
        <translation>Größter Verlust an Pixelgenauigkeit zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-set order</source>
        <translation>Reihenfolge der Testmenge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order of the image list: per image, pretrained minus baseline</source>
        <translation>Reihenfolge der Bildliste: pro Bild vortrainiert minus Baseline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the images to the views (or double-click a view)</source>
        <translation>Die Bilder in die Ansichten einpassen (oder Doppelklick auf eine Ansicht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One photo pixel per screen pixel; the wheel zooms, dragging pans all views</source>
        <translation>Ein Fotopixel pro Bildschirmpixel; das Mausrad zoomt, Ziehen verschiebt alle Ansichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opacity of the masks over the photo</source>
        <translation>Deckkraft der Masken über dem Foto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mask opacity:</source>
        <translation>Maskendeckkraft:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ground truth</source>
        <translation>Ground Truth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disagreement</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+111"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+110"/>
        <source>Pretrained</source>
        <translation>Vortrainiert</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>No runs open</source>
        <translation>Keine Läufe geöffnet</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Δ mIoU</source>
        <translation>Δ mIoU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Δ pixel acc.</source>
        <translation>Δ Pixelgen.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-class IoU over all test images</source>
        <translation>IoU pro Klasse über alle Testbilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-class IoU of this image</source>
        <translation>IoU pro Klasse für dieses Bild</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the test predictions of %1 and %2…</source>
        <translation>Die Testvorhersagen von %1 und %2 werden gelesen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;%1&lt;/b&gt; test images. mIoU: baseline %2 → pretrained %3 (&lt;span style=&quot;color:%4&quot;&gt;%5&lt;/span&gt;); pixel accuracy %6 → %7 (&lt;span style=&quot;color:%8&quot;&gt;%9&lt;/span&gt;). Pretraining made %10 of the pixels right that the baseline got wrong, and %11 wrong that it got right.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Testbilder. mIoU: Baseline %2 → vortrainiert %3 (&lt;span style=&quot;color:%4&quot;&gt;%5&lt;/span&gt;); Pixelgenauigkeit %6 → %7 (&lt;span style=&quot;color:%8&quot;&gt;%9&lt;/span&gt;). Das Vortraining hat %10 der Pixel richtig gemacht, die die Baseline falsch hatte, und %11 falsch, die sie richtig hatte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pretrained</source>
        <translation>vortrainiert</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The masks of %1 can no longer be read.</source>
        <translation>Die Masken von %1 können nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The photo %1 is not there any more.</source>
        <translation>Das Foto %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&lt;b&gt;Input&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Eingabe&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Baseline&lt;/b&gt; · mIoU %1 · pixel acc. %2</source>
        <translation>&lt;b&gt;Baseline&lt;/b&gt; · mIoU %1 · Pixelgen. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Pretrained&lt;/b&gt; · mIoU %1 · pixel acc. %2</source>
        <translation>&lt;b&gt;Vortrainiert&lt;/b&gt; · mIoU %1 · Pixelgen. %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>only pretrained right</source>
        <translation>nur vortrainiert richtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only baseline right</source>
        <translation>nur Baseline richtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both right</source>
        <translation>beide richtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both wrong</source>
        <translation>beide falsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>void (not judged)</source>
        <translation>unbeschriftet (nicht bewertet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;This image: mIoU &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;, pixel accuracy &lt;span style=&quot;color:%3&quot;&gt;%4&lt;/span&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieses Bild: mIoU &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;, Pixelgenauigkeit &lt;span style=&quot;color:%3&quot;&gt;%4&lt;/span&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(%1: photo only)</source>
        <translation>(%1: nur Foto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>void</source>
        <translation>unbeschriftet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At (%1, %2): truth %3 · baseline %4 · pretrained %5</source>
        <translation>Bei (%1, %2): Wahrheit %3 · Baseline %4 · vortrainiert %5</translation>
    </message>
</context>
<context>
    <name>colorproxy::CurvePlot</name>
    <message>
        <location filename="../ui/monitor/curveplot.cpp" line="+138"/>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exponential moving average of each curve (0 = raw values)</source>
        <translation>Exponentiell gleitender Mittelwert jeder Kurve (0 = Rohwerte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all data and follow new points (or double-click the plot)</source>
        <translation>Alle Daten zeigen und neuen Punkten folgen (oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this plot as a PNG image, or its raw points as CSV</source>
        <translation>Dieses Diagramm als PNG-Bild oder seine Rohpunkte als CSV speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plot as PNG image…</source>
        <translation>Diagramm als PNG-Bild…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points as CSV…</source>
        <translation>Punkte als CSV…</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%1 · %2 (%n seeds)</source>
        <translation>
            <numerusform>%1 · %2 (%n Seed)</numerusform>
            <numerusform>%1 · %2 (%n Seeds)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+150"/>
        <source> (raw %1)</source>
        <translation> (roh %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Export curves as CSV</source>
        <translation>Kurven als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Export plot as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: check that the folder exists and is writable.</source>
        <translation>%1 kann nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetBrowser</name>
    <message>
        <location filename="../ui/datasets/datasetbrowser.cpp" line="+49"/>
        <source>Show one split only</source>
        <translation>Nur eine Teilmenge zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only images that contain this class</source>
        <translation>Nur Bilder zeigen, die diese Klasse enthalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search file names</source>
        <translation>Dateinamen durchsuchen</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+194"/>
        <source>No labels</source>
        <translation>Keine Labels</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L (lightness: the colorizer&apos;s input)</source>
        <translation>L (Helligkeit: die Eingabe des Einfärbers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a (green–red: to predict)</source>
        <translation>a (Grün–Rot: vorherzusagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>b (blue–yellow: to predict)</source>
        <translation>b (Blau–Gelb: vorherzusagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pretext task made visible: the network sees L and predicts a and b</source>
        <translation>Die Vorwand-Aufgabe sichtbar gemacht: Das Netz sieht L und sagt a und b vorher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mask opacity</source>
        <translation>Maskendeckkraft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point at a class</source>
        <translation>Auf eine Klasse zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+56"/>
        <source>Pick an image in the grid.</source>
        <translation>Wählen Sie ein Bild im Raster.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Open a dataset folder to browse its images.</source>
        <translation>Öffnen Sie einen Datensatzordner, um seine Bilder zu durchsuchen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>void</source>
        <translation>unbeschriftet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All splits</source>
        <translation>Alle Teilmengen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All classes (reading masks…)</source>
        <translation>Alle Klassen (Masken werden gelesen…)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n image(s) shown</source>
        <translation>
            <numerusform>%n Bild angezeigt</numerusform>
            <numerusform>%n Bilder angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No image matches the filters.</source>
        <translation>Kein Bild passt zu den Filtern.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading masks…</source>
        <translation>Masken werden gelesen…</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetForm</name>
    <message>
        <location filename="../ui/wizards/datasetform.cpp" line="+37"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hold-out share:</source>
        <translation>&amp;Zurückgehaltener Anteil:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image limit:</source>
        <translation>&amp;Bildlimit:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2 images)</source>
        <translation>%1 (%2 Bilder)</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetFormatBox</name>
    <message>
        <location filename="../ui/widgets/datasetformatbox.cpp" line="+24"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image folder (recursive)</source>
        <translation>Bildordner (rekursiv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COCO</source>
        <translation>COCO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pascal VOC 2012</source>
        <translation>Pascal VOC 2012</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CamVid (SegNet layout)</source>
        <translation>CamVid (SegNet-Struktur)</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetStatsView</name>
    <message>
        <location filename="../ui/datasets/datasetstatsview.cpp" line="+57"/>
        <source>Images per split</source>
        <translation>Bilder pro Teilmenge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images per class</source>
        <translation>Bilder pro Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of mask pixels per class (%)</source>
        <translation>Anteil der Maskenpixel pro Klasse (%)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem file</source>
        <translation>Problemdatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Problem files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Problemdateien&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a dataset to see its statistics.</source>
        <translation>Öffnen Sie einen Datensatz, um seine Statistik zu sehen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Counting images and mask pixels per class…</source>
        <translation>Bilder und Maskenpixel pro Klasse werden gezählt…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 in %2, %3; %4.</source>
        <translation>%1 in %2, %3; %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n split(s)</source>
        <translation>
            <numerusform>%n Teilmenge</numerusform>
            <numerusform>%n Teilmengen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n Klasse</numerusform>
            <numerusform>%n Klassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem file(s)</source>
        <translation>
            <numerusform>%n Problemdatei</numerusform>
            <numerusform>%n Problemdateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetSummaryView</name>
    <message>
        <location filename="../ui/datasets/datasetsummaryview.cpp" line="+22"/>
        <source>Split</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usable images</source>
        <translation>Verwendbare Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images found</source>
        <translation>Gefundene Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With labels / masks</source>
        <translation>Mit Labels / Masken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No dataset chosen yet.</source>
        <translation>Noch kein Datensatz gewählt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scanning %1 …</source>
        <translation>%1 wird durchsucht …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Format:&lt;/b&gt; %1 (%2) — %3 in %4</source>
        <translation>&lt;b&gt;Format:&lt;/b&gt; %1 (%2) — %3 in %4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n&lt;/b&gt; usable image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; verwendbares Bild</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; verwendbare Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n split(s)</source>
        <translation>
            <numerusform>%n Teilmenge</numerusform>
            <numerusform>%n Teilmengen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&lt;b&gt;%n label class(es):&lt;/b&gt; </source>
        <translation>
            <numerusform>&lt;b&gt;%n Label-Klasse:&lt;/b&gt; </numerusform>
            <numerusform>&lt;b&gt;%n Label-Klassen:&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;%n mask class(es):&lt;/b&gt; </source>
        <translation>
            <numerusform>&lt;b&gt;%n Maskenklasse:&lt;/b&gt; </numerusform>
            <numerusform>&lt;b&gt;%n Maskenklassen:&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No labels or masks: usable for colorization pretraining.</source>
        <translation>Keine Labels oder Masken: für das Einfärbe-Vortraining verwendbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
… and %1 more</source>
        <translation>
… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetsPage</name>
    <message>
        <location filename="../ui/datasets/datasetspage.cpp" line="+43"/>
        <source>&lt;h2&gt;Datasets&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Datensätze&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a folder of photos, or a COCO, Pascal VOC 2012 or CamVid dataset (or drop it here). The format is detected from the folder layout; browse the images with their labels and masks, and see the statistics and unusable files.</source>
        <translation>Öffnen Sie einen Ordner mit Fotos oder einen COCO-, Pascal-VOC-2012- oder CamVid-Datensatz (oder ziehen Sie ihn hierher). Das Format wird an der Ordnerstruktur erkannt; durchsuchen Sie die Bilder mit ihren Labels und Masken und sehen Sie Statistik und unbrauchbare Dateien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a dataset folder</source>
        <translation>Einen Datensatzordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse</source>
        <translation>&amp;Durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary</source>
        <translation>Zusa&amp;mmenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pretrain a colorizer on this dataset…</source>
        <translation>Einen Einfärber auf diesem Datensatz vortrainieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scanning %1 …</source>
        <translation>%1 wird durchsucht …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Format:&lt;/b&gt; %1 (%2) — %3 in %4, %5</source>
        <translation>&lt;b&gt;Format:&lt;/b&gt; %1 (%2) — %3 in %4, %5</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n&lt;/b&gt; usable image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; verwendbares Bild</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; verwendbare Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n split(s)</source>
        <translation>
            <numerusform>%n Teilmenge</numerusform>
            <numerusform>%n Teilmengen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem file(s)</source>
        <translation>
            <numerusform>%n Problemdatei</numerusform>
            <numerusform>%n Problemdateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>colorproxy::DeviceBox</name>
    <message>
        <location filename="../ui/widgets/devicebox.cpp" line="+6"/>
        <source>Automatic (CUDA when available, else CPU)</source>
        <translation>Automatisch (CUDA, falls verfügbar, sonst CPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
</context>
<context>
    <name>colorproxy::ExperimentDialog</name>
    <message>
        <location filename="../ui/wizards/experimentdialog.cpp" line="+50"/>
        <source>New experiment</source>
        <translation>Neues Experiment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does colorization pretraining help? ColorProxy pretrains a colorizer once (or reuses one), then fine-tunes a randomly initialised baseline and the pretrained network on identical data and batches for every seed, and reports the paired differences with a plain verdict.</source>
        <translation>Hilft das Vortraining durch Einfärben? ColorProxy trainiert einmal einen Einfärber vor (oder verwendet einen vorhandenen), stimmt dann für jeden Seed eine zufällig initialisierte Baseline und das vortrainierte Netz auf identischen Daten und Batches fein ab und berichtet die gepaarten Unterschiede mit einem klaren Urteil.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Quick — the bundled samples, 64 px, minutes on a CPU</source>
        <translation>Schnell — die mitgelieferten Beispiele, 64 px, Minuten auf einer CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study — CamVid label efficiency, 128 px, 6 seeds (about 90 minutes on 2 cores)</source>
        <translation>Studie — CamVid-Label-Effizienz, 128 px, 6 Seeds (etwa 90 Minuten auf 2 Kernen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper — Pascal VOC 2012, 256 px, ngf 64 (a GPU helps)</source>
        <translation>Wie im Artikel — Pascal VOC 2012, 256 px, ngf 64 (eine GPU hilft)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segmentati&amp;on</source>
        <translation>Segmentier&amp;ung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multilabel classification</source>
        <translation>&amp;Multilabel-Klassifikation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each seed fine-tunes one baseline and one pretrained network; the verdict needs several to tell a consistent gain from noise.</source>
        <translation>Jeder Seed stimmt eine Baseline und ein vortrainiertes Netz fein ab; das Urteil braucht mehrere, um einen beständigen Gewinn von Rauschen zu unterscheiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>100 (every image), or e.g. 5,10,25,50,100</source>
        <translation>100 (jedes Bild) oder z. B. 5,10,25,50,100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label efficiency: both networks are fine-tuned on each share of the labelled training images (percentages, increasing). Smaller sets are subsets of larger ones and the same for both networks; the report plots the metric with its confidence interval against the share.</source>
        <translation>Label-Effizienz: Beide Netze werden auf jedem Anteil der gelabelten Trainingsbilder feinabgestimmt (Prozentwerte, aufsteigend). Kleinere Mengen sind Teilmengen der größeren und für beide Netze gleich; der Bericht stellt die Metrik mit ihrem Konfidenzintervall über dem Anteil dar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question</source>
        <translation>Fragestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorgabe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eeds:</source>
        <translation>S&amp;eeds:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hares of the labels (%):</source>
        <translation>&amp;Anteile der Labels (%):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pretrain a &amp;colorizer first (part of the experiment)</source>
        <translation>Zuerst einen Ein&amp;färber vortrainieren (Teil des Experiments)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reuse a colorization run or model file:</source>
        <translation>Einfärbelauf oder Modelldatei &amp;wiederverwenden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a colorization model</source>
        <translation>Einfärbemodell wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.pt *.pth);;All files (*)</source>
        <translation>Modelle (*.pt *.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a run folder, a .pt file or a pix2pix latest_net_G.pth</source>
        <translation>ein Laufordner, eine .pt-Datei oder eine pix2pix-latest_net_G.pth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bundled model</source>
        <translation>Mitgeliefertes M&amp;odell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The small colorizer that comes with ColorProxy (128 px, ngf 16)</source>
        <translation>Der kleine Einfärber, der ColorProxy beiliegt (128 px, ngf 16)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colorizer</source>
        <translation>Einfärber</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all cores (%1)</source>
        <translation>alle Kerne (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks and output</source>
        <translation>Netze und Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image size:</source>
        <translation>&amp;Bildgröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generator width (ngf):</source>
        <translation>&amp;Generatorbreite (ngf):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;wnsamplings:</source>
        <translation>Verkleine&amp;rungsstufen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;uns folder:</source>
        <translation>&amp;Laufordner:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the settings that will run (JSON)</source>
        <translation>Die Einstellungen zeigen, die laufen werden (JSON)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 generator, ngf %2, %3 downsamplings%4.</source>
        <translation>%1-Generator, ngf %2, %3 Verkleinerungsstufen%4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colorization</source>
        <translation>Einfärbe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, trained at %1 px</source>
        <translation>, trainiert mit %1 px</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The data folder holds photos/, camvid/ and coco128/ (resources/samples). Pretraining uses the photos and the training images; segmentation is tested on CamVid, classification on COCO.</source>
        <translation>Der Datenordner enthält photos/, camvid/ und coco128/ (resources/samples). Das Vortraining nutzt die Fotos und die Trainingsbilder; Segmentierung wird auf CamVid getestet, Klassifikation auf COCO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data folder is CamVid (train/, val/, test/ with their annotations). Pretraining uses the train and val images only, never test; both networks are fine-tuned on 10, 25, 50 and 100 % of the labelled training images with 6 seeds each, for the same number of steps.</source>
        <translation>Der Datenordner ist CamVid (train/, val/, test/ mit ihren Annotationen). Das Vortraining verwendet nur die Bilder aus train und val, nie test; beide Netze werden auf 10, 25, 50 und 100 % der gelabelten Trainingsbilder mit je 6 Seeds feinabgestimmt, jeweils gleich viele Schritte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data folder is Pascal VOC 2012 (VOCdevkit/VOC2012 or the folder itself), as in the paper: segmentation on its Segmentation split, 20-class classification on Main.</source>
        <translation>Der Datenordner ist Pascal VOC 2012 (VOCdevkit/VOC2012 oder der Ordner selbst), wie im Paper: Segmentierung auf dem Segmentation-Split, 20-Klassen-Klassifikation auf Main.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose the data folder.</source>
        <translation>Wählen Sie den Datenordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the colorization run or model file to reuse, or pretrain one first.</source>
        <translation>Wählen Sie den Einfärbelauf oder die Modelldatei zum Wiederverwenden, oder trainieren Sie zuerst einen vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the experiment a name.</source>
        <translation>Geben Sie dem Experiment einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the runs folder.</source>
        <translation>Wählen Sie den Laufordner.</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneDatasetPage</name>
    <message>
        <location filename="../ui/wizards/finetunedatasetpage.cpp" line="+19"/>
        <source>Labelled dataset</source>
        <translation>Beschrifteter Datensatz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a labelled dataset</source>
        <translation>Einen beschrifteten Datensatz wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COCO (YOLO labels or masks), Pascal VOC 2012 or CamVid root</source>
        <translation>Stammordner von COCO (YOLO-Labels oder Masken), Pascal VOC 2012 oder CamVid</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Training split:</source>
        <translation>&amp;Trainingsteilmenge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Validation split:</source>
        <translation>&amp;Validierungsteilmenge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;est split:</source>
        <translation>T&amp;estteilmenge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When no validation split is left over, this share of the training split is held out to pick the learning curves&apos; validation points.</source>
        <translation>Wenn keine Validierungsteilmenge übrig ist, wird dieser Anteil der Trainingsteilmenge zurückgehalten, um die Validierungspunkte der Lernkurven zu bestimmen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Segmentation needs masks: CamVid, Pascal VOC SegmentationClass, or COCO masks.</source>
        <translation>Segmentierung braucht Masken: CamVid, Pascal VOC SegmentationClass oder COCO-Masken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification needs image labels: COCO (YOLO label files or instances JSON) or Pascal VOC annotations.</source>
        <translation>Klassifikation braucht Bildlabels: COCO (YOLO-Labeldateien oder instances-JSON) oder Pascal-VOC-Annotationen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a labelled dataset folder.</source>
        <translation>Wählen Sie einen beschrifteten Datensatzordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no segmentation masks. Choose CamVid, Pascal VOC (SegmentationClass) or COCO with masks, or go back and pick classification.</source>
        <translation>%1 hat keine Segmentierungsmasken. Wählen Sie CamVid, Pascal VOC (SegmentationClass) oder COCO mit Masken, oder gehen Sie zurück und wählen Sie Klassifikation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no image labels. Choose COCO or Pascal VOC, or go back and pick segmentation.</source>
        <translation>%1 hat keine Bildlabels. Wählen Sie COCO oder Pascal VOC, oder gehen Sie zurück und wählen Sie Segmentierung.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Default (train)</source>
        <translation>Standard (train)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default (val, else a hold-out of train)</source>
        <translation>Standard (val, sonst ein zurückgehaltener Teil von train)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default (test, else val)</source>
        <translation>Standard (test, sonst val)</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneInitPage</name>
    <message>
        <location filename="../ui/wizards/finetuneinitpage.cpp" line="+28"/>
        <source>Initialisation</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The point of the experiment: does starting from colorization weights beat starting from random ones? Train both to see.</source>
        <translation>Der Kern des Experiments: Ist der Start mit Einfärbe-Gewichten besser als der Start mit zufälligen? Trainieren Sie beide, um es zu sehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start from</source>
        <translation>Starten mit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Baseline only — random weights, N(0, 0.02)</source>
        <translation>Nur Basel&amp;ine — zufällige Gewichte, N(0; 0,02)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pretrained only — the weights of a colorization run</source>
        <translation>Nur &amp;vortrainiert — die Gewichte eines Einfärbe-Laufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;oth side by side — baseline, then pretrained, on the same splits</source>
        <translation>Bei&amp;de nebeneinander — erst Baseline, dann vortrainiert, auf denselben Teilmengen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Colorization run</source>
        <translation>Einfärbe-Lauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a colorization run folder</source>
        <translation>Einen Einfärbe-Laufordner wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run:</source>
        <translation>&amp;Lauf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or &amp;folder:</source>
        <translation>oder &amp;Ordner:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Network size</source>
        <translation>Netzgröße</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Image size:</source>
        <translation>&amp;Bildgröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator &amp;width (ngf):</source>
        <translation>Generator-Brei&amp;te (ngf):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Downsamplings:</source>
        <translation>Verkleine&amp;rungsstufen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a pretrained run these come from its generator, so that its weights fit; the baseline uses the same sizes for a fair comparison.</source>
        <translation>Bei einem vortrainierten Lauf stammen diese Werte aus seinem Generator, damit seine Gewichte passen; die Baseline verwendet für einen fairen Vergleich dieselben Größen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a finished colorization run…</source>
        <translation>Einen abgeschlossenen Einfärbe-Lauf wählen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — %1 %2</source>
        <translation> — %1 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 pretext, %2 px, ngf %3, %4 downsamplings, trained on %5.</source>
        <translation>Vorwand-Aufgabe %1, %2 px, ngf %3, %4 Verkleinerungsstufen, trainiert auf %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the run&apos;s settings: %1</source>
        <translation>Die Einstellungen des Laufs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the colorization run whose generator initialises the pretrained network.</source>
        <translation>Wählen Sie den Einfärbe-Lauf, dessen Generator das vortrainierte Netz initialisiert.</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneReviewPage</name>
    <message>
        <location filename="../ui/wizards/finetunereviewpage.cpp" line="+14"/>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One run per tab, in the order they will train. Each tab is that run&apos;s config.json.</source>
        <translation>Ein Lauf pro Reiter, in der Reihenfolge des Trainings. Jeder Reiter zeigt die config.json dieses Laufs.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>&lt;b&gt;%n run(s)&lt;/b&gt; of %1 on &lt;b&gt;%2&lt;/b&gt;, %3 px, queued one after another; their curves share the monitor&apos;s plots.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Lauf&lt;/b&gt; von %1 auf &lt;b&gt;%2&lt;/b&gt;, %3 px, nacheinander eingereiht; die Kurven teilen sich die Diagramme des Monitors.</numerusform>
            <numerusform>&lt;b&gt;%n Läufe&lt;/b&gt; von %1 auf &lt;b&gt;%2&lt;/b&gt;, %3 px, nacheinander eingereiht; ihre Kurven teilen sich die Diagramme des Monitors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneSchedulePage</name>
    <message>
        <location filename="../ui/wizards/finetuneschedulepage.cpp" line="+22"/>
        <source>Training schedule</source>
        <translation>Trainingsplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each phase trains for some epochs at one learning rate with some parts frozen. The paper first trains the new head on frozen pretrained weights, then fine-tunes everything.</source>
        <translation>Jede Phase trainiert einige Epochen mit einer Lernrate, wobei manche Teile eingefroren sind. Der Artikel trainiert zuerst den neuen Kopf auf eingefrorenen vortrainierten Gewichten und stimmt dann alles fein ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline (random initialisation)</source>
        <translation>Baseline (zufällige Initialisierung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pretrained (colorization initialisation)</source>
        <translation>Vortrainiert (Initialisierung durch Einfärben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the paper&apos;s schedules</source>
        <translation>Pläne des Artikels verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the paper&apos;s (32 classification, 16 segmentation)</source>
        <translation>wie im Artikel (32 Klassifikation, 16 Segmentierung)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch si&amp;ze:</source>
        <translation>Batch&amp;größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam β&amp;1:</source>
        <translation>Adam-β&amp;1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 as Keras&apos; default, which the paper&apos;s code uses.</source>
        <translation>%1 wie der Keras-Standard, den der Code des Artikels verwendet.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Every schedule needs at least one phase (or press &quot;Use the paper&apos;s schedules&quot;).</source>
        <translation>Jeder Plan braucht mindestens eine Phase (oder klicken Sie auf „Pläne des Artikels verwenden“).</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneSeedsPage</name>
    <message>
        <location filename="../ui/wizards/finetuneseedspage.cpp" line="+28"/>
        <source>Seeds and execution</source>
        <translation>Seeds und Ausführung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the comparison with several seeds: on small datasets the difference between two runs can be larger than the effect of pretraining.</source>
        <translation>Wiederholen Sie den Vergleich mit mehreren Seeds: Auf kleinen Datensätzen kann der Unterschied zwischen zwei Läufen größer sein als der Effekt des Vortrainings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 1, 2, 3 or 1-5</source>
        <translation>z. B. 1, 2, 3 oder 1-5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Train each run data-parallel in this many processes on this machine</source>
        <translation>Jeden Lauf datenparallel in so vielen Prozessen auf diesem Rechner trainieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>S&amp;ynchronised batch norm</source>
        <translation>S&amp;ynchronisierte Batch-Norm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The U-Net&apos;s batch norms use the statistics of the whole step&apos;s batch across all processes, instead of each process&apos;s own share (as PyTorch&apos;s SyncBatchNorm)</source>
        <translation>Die Batch-Norms des U-Nets verwenden die Statistik des ganzen Batches eines Schritts über alle Prozesse statt des eigenen Anteils jedes Prozesses (wie PyTorchs SyncBatchNorm)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bfloat16 autocast</source>
        <translation>bfloat16-Autocast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for run folders</source>
        <translation>Ordner für Laufordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Seeds:</source>
        <translation>&amp;Seeds:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;cesses on this machine:</source>
        <translation>Pro&amp;zesse auf diesem Rechner:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than one trains each run data-parallel: each process takes its share of every epoch with the batch size set before, gradients are averaged, and the first process writes the run folder. Synchronised batch norm makes processes × batch train like one process with the whole batch (segmentation&apos;s U-Net). Threads &quot;all cores&quot; are shared between the processes.</source>
        <translation>Mehr als einer trainiert jeden Lauf datenparallel: Jeder Prozess übernimmt seinen Anteil jeder Epoche mit der zuvor gewählten Batchgröße, die Gradienten werden gemittelt, und der erste Prozess schreibt den Laufordner. Synchronisierte Batch-Norm lässt Prozesse × Batch wie einen Prozess mit dem ganzen Batch trainieren (das U-Net der Segmentierung). Threads „alle Kerne“ werden zwischen den Prozessen geteilt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Runs folder:</source>
        <translation>Läufe-&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run name &amp;prefix:</source>
        <translation>&amp;Präfix der Laufnamen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each run is named &lt;prefix&gt;-baseline-s&lt;seed&gt; or &lt;prefix&gt;-pretrained-s&lt;seed&gt;.</source>
        <translation>Jeder Lauf heißt &lt;Präfix&gt;-baseline-s&lt;Seed&gt; oder &lt;Präfix&gt;-pretrained-s&lt;Seed&gt;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Seed range &quot;%1&quot; must go upwards and hold at most 100 seeds.</source>
        <translation>Der Seed-Bereich „%1“ muss aufsteigend sein und darf höchstens 100 Seeds enthalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a seed: use whole numbers such as 1, 2, 3 or a range 1-5.</source>
        <translation>„%1“ ist kein Seed: Verwenden Sie ganze Zahlen wie 1, 2, 3 oder einen Bereich 1-5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give at least one seed.</source>
        <translation>Geben Sie mindestens einen Seed an.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n run(s) will be queued: %1</source>
        <translation>
            <numerusform>%n Lauf wird eingereiht: %1</numerusform>
            <numerusform>%n Läufe werden eingereiht: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each trains in %1 processes.</source>
        <translation>Jeder trainiert in %1 Prozessen.</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneTaskPage</name>
    <message>
        <location filename="../ui/wizards/finetunetaskpage.cpp" line="+29"/>
        <source>Downstream task</source>
        <translation>Zielaufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the pretrained features are tested on. A randomly initialised baseline trains on the same splits, so the two can be compared.</source>
        <translation>Worauf die vortrainierten Merkmale getestet werden. Eine zufällig initialisierte Baseline trainiert auf denselben Teilmengen, sodass sich beide vergleichen lassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Multilabel classification</source>
        <translation>&amp;Multilabel-Klassifikation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Semantic segmentation</source>
        <translation>&amp;Semantische Segmentierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The generator&apos;s encoder plus a dense head predicts which classes appear in an image (binary cross-entropy). Scored by mean average precision (mAP) and exact-match accuracy.</source>
        <translation>Der Encoder des Generators mit einem dichten Kopf sagt vorher, welche Klassen in einem Bild vorkommen (binäre Kreuzentropie). Bewertet mit der mittleren durchschnittlichen Präzision (mAP) und der Genauigkeit exakter Treffer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole U-Net with a new 1×1 output layer labels every pixel (cross-entropy, void ignored). Scored by mean intersection-over-union (mIoU) and pixel accuracy.</source>
        <translation>Das ganze U-Net mit einer neuen 1×1-Ausgabeschicht beschriftet jedes Pixel (Kreuzentropie, „void“ ignoriert). Bewertet mit dem mittleren Intersection-over-Union (mIoU) und der Pixelgenauigkeit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dense layers on the flattened bottleneck (the paper)</source>
        <translation>Dichte Schichten auf dem abgeflachten Engpass (wie im Artikel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global average pooling (fewer parameters)</source>
        <translation>Globales Average Pooling (weniger Parameter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All classes of the dataset</source>
        <translation>Alle Klassen des Datensatzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 20 Pascal VOC classes (COCO names mapped)</source>
        <translation>Die 20 Pascal-VOC-Klassen (COCO-Namen zugeordnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median frequency balancing</source>
        <translation>Median-Frequenz-Ausgleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification options</source>
        <translation>Klassifikationsoptionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Head:</source>
        <translation>&amp;Kopf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper classifies the 20 VOC classes; with COCO data the VOC view maps COCO&apos;s names onto them.</source>
        <translation>Der Artikel klassifiziert die 20 VOC-Klassen; bei COCO-Daten bildet die VOC-Sicht die COCO-Namen auf sie ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segmentation options</source>
        <translation>Segmentierungsoptionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class &amp;weights:</source>
        <translation>Klassen&amp;gewichte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights rare classes up in the loss (SegNet&apos;s median frequency balancing); the paper uses none.</source>
        <translation>Gewichtet seltene Klassen im Verlust höher (Median-Frequenz-Ausgleich von SegNet); der Artikel verwendet keinen.</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneWizard</name>
    <message>
        <location filename="../ui/wizards/finetunewizard.cpp" line="+20"/>
        <source>New fine-tuning</source>
        <translation>Neue Feinabstimmung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
</context>
<context>
    <name>colorproxy::HintOverlay</name>
    <message>
        <location filename="../ui/colorize/hintoverlay.cpp" line="+160"/>
        <source>Move a colour point</source>
        <translation>Farbpunkt verschieben</translation>
    </message>
</context>
<context>
    <name>colorproxy::HintPanel</name>
    <message>
        <location filename="../ui/colorize/hintpanel.cpp" line="+81"/>
        <location line="+128"/>
        <source>Pick a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>The side of the square a point colours, in the network&apos;s pixels</source>
        <translation>Seitenlänge des Quadrats, das ein Punkt einfärbt, in Pixeln des Netzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+294"/>
        <source>Suggested colours:</source>
        <translation>Vorgeschlagene Farben:</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo the last change of the points (%1)</source>
        <translation>Die letzte Änderung der Punkte rückgängig machen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo (%1)</source>
        <translation>Wiederholen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clea&amp;r</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every point (undoable)</source>
        <translation>Alle Punkte entfernen (rückgängig zu machen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load points saved before (a .hints.json file)</source>
        <translation>Früher gespeicherte Punkte laden (eine .hints.json-Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Spei&amp;chern unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the points as a .hints.json file (Save result… also saves them beside the photo; colorproxy-cli colorize --hints reads them)</source>
        <translation>Die Punkte als .hints.json-Datei speichern („Ergebnis speichern…“ legt sie auch neben dem Foto ab; colorproxy-cli colorize --hints liest sie)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Colour points&lt;/b&gt;</source>
        <translation>&lt;b&gt;Farbpunkte&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Points:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This model takes no colour points: it was pretrained without hints. Pick one pretrained with colour hints (colorproxy-cli pretrain --hints) to guide the colours by hand.</source>
        <translation>Dieses Modell nimmt keine Farbpunkte an: Es wurde ohne Hinweise vortrainiert. Wählen Sie ein mit Farbhinweisen vortrainiertes Modell (colorproxy-cli pretrain --hints), um die Farben von Hand zu lenken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model could not be loaded: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a photo to place colour points on it.</source>
        <translation>Öffnen Sie ein Foto, um Farbpunkte darauf zu setzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the photo to place a colour point; drag to move it, Delete removes it.</source>
        <translation>Klicken Sie ins Foto, um einen Farbpunkt zu setzen; ziehen verschiebt ihn, Entf entfernt ihn.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Change a point&apos;s colour</source>
        <translation>Farbe eines Punkts ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n point(s) · preview in %1 ms</source>
        <translation>
            <numerusform>%n Punkt · Vorschau in %1 ms</numerusform>
            <numerusform>%n Punkte · Vorschau in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1, b %2: %3 % likely here</source>
        <translation>a %1, b %2: hier zu %3 % wahrscheinlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested colours: …</source>
        <translation>Vorgeschlagene Farben: …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No point selected</source>
        <translation>Kein Punkt ausgewählt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>L %1, a %2, b %3</source>
        <translation>L %1, a %2, b %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 at (%2, %3)</source>
        <translation>%1 bei (%2, %3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not save the colour points to %1: %2. Check that the folder exists and is writable.</source>
        <translation>Die Farbpunkte konnten nicht in %1 gespeichert werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot load colour points from %1: %2
Fix the file, or place the points again and save them with Save….</source>
        <translation>Farbpunkte aus %1 können nicht geladen werden: %2
Korrigieren Sie die Datei oder setzen Sie die Punkte neu und speichern Sie sie mit „Speichern unter…“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the photo the points belong to first, then load %1.</source>
        <translation>Öffnen Sie zuerst das Foto, zu dem die Punkte gehören, und laden Sie dann %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Load colour points</source>
        <translation>Farbpunkte laden</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>Loaded %n colour point(s) from %1</source>
        <translation>
            <numerusform>%n Farbpunkt aus %1 geladen</numerusform>
            <numerusform>%n Farbpunkte aus %1 geladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the colour points</source>
        <translation>Farbpunkte speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour points (*.hints.json *.json)</source>
        <translation>Farbpunkte (*.hints.json *.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the colour points to %1</source>
        <translation>Farbpunkte in %1 gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colour points (*.hints.json *.json);;All files (*)</source>
        <translation>Farbpunkte (*.hints.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot load the colour points</source>
        <translation>Die Farbpunkte können nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>colorproxy::HintPoints</name>
    <message>
        <location filename="../ui/colorize/hintpoints.cpp" line="+41"/>
        <source>Add a colour point</source>
        <translation>Farbpunkt setzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove a colour point</source>
        <translation>Farbpunkt entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove all colour points</source>
        <translation>Alle Farbpunkte entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change a point&apos;s colour</source>
        <translation>Farbe eines Punkts ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change a point&apos;s size</source>
        <translation>Größe eines Punkts ändern</translation>
    </message>
</context>
<context>
    <name>colorproxy::HintPreviewWorker</name>
    <message>
        <location filename="../ui/colorize/hintpreviewworker.cpp" line="+112"/>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::JobWorker</name>
    <message>
        <location filename="../ui/jobs/jobworker.cpp" line="+22"/>
        <source>The earlier curves of %1 could not be read: %2</source>
        <translation>Die früheren Kurven von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The job failed with an unknown error.</source>
        <translation>Der Auftrag ist mit einem unbekannten Fehler fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>colorproxy::LabelEfficiencyPanel</name>
    <message>
        <location filename="../ui/results/labelefficiencypanel.cpp" line="+24"/>
        <source>Points: mean over the seeds; bars: 95 % bootstrap interval; dashed: the trivial predictor. Per label fraction: gain or loss when the 95 % interval of the paired difference excludes 0 and p &lt; 0.05, else inconclusive; not judged when a network did not beat the trivial predictor.</source>
        <translation>Punkte: Mittelwert über die Seeds; Balken: 95-%-Bootstrap-Intervall; gestrichelt: der triviale Prädiktor. Je Labelanteil: Gewinn oder Verlust, wenn das 95-%-Intervall der gepaarten Differenz die 0 ausschließt und p &lt; 0,05 ist, sonst nicht eindeutig; nicht beurteilt, wenn ein Netz den trivialen Prädiktor nicht übertroffen hat.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: %2 by label fraction</source>
        <translation>%1: %2 nach Labelanteil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>colorproxy::LabelEfficiencyPlot</name>
    <message>
        <location filename="../ui/results/labelefficiencyplot.cpp" line="+36"/>
        <source>baseline (random init)</source>
        <translation>Baseline (zufällige Initialisierung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colorization-pretrained</source>
        <translation>durch Einfärbung vortrainiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trivial predictor</source>
        <translation>trivialer Prädiktor</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>share of the labelled training images</source>
        <translation>Anteil der gelabelten Trainingsbilder</translation>
    </message>
</context>
<context>
    <name>colorproxy::LabelsPage</name>
    <message>
        <location filename="../ui/labels/labelspage.cpp" line="+62"/>
        <source>Open an experiment folder, or choose a baseline and a pretrained multilabel classification run, to see their predicted label probabilities image by image and their precision-recall curves class by class.</source>
        <translation>Öffnen Sie einen Experimentordner oder wählen Sie einen Baseline- und einen vortrainierten Multilabel-Klassifikationslauf, um ihre vorhergesagten Label-Wahrscheinlichkeiten Bild für Bild und ihre Precision-Recall-Kurven Klasse für Klasse zu sehen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Highest baseline loss first</source>
        <translation>Höchster Baseline-Verlust zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest pretrained loss first</source>
        <translation>Höchster vortrainierter Verlust zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest loss reduction by pretraining first</source>
        <translation>Größte Verlustsenkung durch Vortraining zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most baseline label errors first</source>
        <translation>Meiste Labelfehler der Baseline zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most pretrained label errors first</source>
        <translation>Meiste Labelfehler des vortrainierten Netzes zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-set order</source>
        <translation>Reihenfolge der Testmenge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss: the image&apos;s binary cross-entropy averaged over classes; errors: labels wrong at the 0.5 threshold</source>
        <translation>Verlust: die binäre Kreuzentropie des Bildes, gemittelt über die Klassen; Fehler: bei Schwelle 0,5 falsche Labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only true and likely classes</source>
        <translation>Nur wahre und wahrscheinliche Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the true classes and those with a probability of at least 0.1</source>
        <translation>Die wahren Klassen und die mit einer Wahrscheinlichkeit von mindestens 0,1 zeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No runs open</source>
        <translation>Keine Läufe geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>threshold 0.5</source>
        <translation>Schwelle 0,5</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision–recall by class</source>
        <translation>Precision–Recall pro Klasse</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+1"/>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>pretrained</source>
        <translation>vortrainiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the test predictions of %1…</source>
        <translation>Die Testvorhersagen von %1 werden gelesen…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;b&gt;%1&lt;/b&gt; test images, %2 classes. mAP: baseline %3 → pretrained %4 (&lt;span style=&quot;color:%5&quot;&gt;%6&lt;/span&gt;); exact match %7 → %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Testbilder, %2 Klassen. mAP: Baseline %3 → vortrainiert %4 (&lt;span style=&quot;color:%5&quot;&gt;%6&lt;/span&gt;); exakte Treffer %7 → %8.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pretrained</source>
        <translation>Vortrainiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; test images, %2 classes. %3 (%4): mAP %5, exact match %6.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Testbilder, %2 Klassen. %3 (%4): mAP %5, exakte Treffer %6.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+2"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Loss B</source>
        <translation>Verlust B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loss P</source>
        <translation>Verlust V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Err B</source>
        <translation>Fehl. B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Err P</source>
        <translation>Fehl. V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Binary cross-entropy of the image, averaged over the classes</source>
        <translation>Binäre Kreuzentropie des Bildes, gemittelt über die Klassen</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Positives</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>AP baseline</source>
        <translation>AP Baseline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AP pretrained</source>
        <translation>AP vortrainiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Δ AP</source>
        <translation>Δ AP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>true label</source>
        <translation>wahres Label</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;True labels: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wahre Labels: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+3"/>
        <source>&lt;p&gt;%1 predicts (≥ 0.5): %2&lt;br&gt;loss %3 · %n wrong label(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 sagt vorher (≥ 0,5): %2&lt;br&gt;Verlust %3 · %n falsches Label&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%1 sagt vorher (≥ 0,5): %2&lt;br&gt;Verlust %3 · %n falsche Labels&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;small&gt;%1 of %2 classes drawn (true or probability ≥ 0.1).&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;%1 von %2 Klassen gezeichnet (wahr oder Wahrscheinlichkeit ≥ 0,1).&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 (%n positive(s))</source>
        <translation>
            <numerusform>%1 (%n positives Beispiel)</numerusform>
            <numerusform>%1 (%n positive Beispiele)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>colorproxy::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="+59"/>
        <source>ColorProxy</source>
        <translation>ColorProxy</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Colorize</source>
        <translation>Einfärben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>UI latency p50 %1 ms · p99 %2 ms</source>
        <translation>UI-Latenz p50 %1 ms · p99 %2 ms</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Open Dataset…</source>
        <translation>Datensatz ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a dataset folder and see its format, splits and counts</source>
        <translation>Einen Datensatzordner öffnen und Format, Teilmengen und Anzahlen ansehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Run…</source>
        <translation>&amp;Lauf öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen a run folder to look at its curves, previews and report</source>
        <translation>Einen Laufordner wieder öffnen, um Kurven, Vorschauen und Bericht anzusehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;Pretraining…</source>
        <translation>Neues &amp;Vortraining…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pretrain a colorizer on unlabelled photos</source>
        <translation>Einen Einfärber auf unbeschrifteten Fotos vortrainieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;Fine-tuning…</source>
        <translation>Neue &amp;Feinabstimmung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune a baseline and a pretrained network on a labelled dataset</source>
        <translation>Eine Baseline und ein vortrainiertes Netz auf einem beschrifteten Datensatz feinabstimmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New E&amp;xperiment…</source>
        <translation>Neues E&amp;xperiment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does pretraining help? Pretrain once, then baseline vs pretrained fine-tuning over several seeds</source>
        <translation>Hilft Vortraining? Einmal vortrainieren, dann Baseline gegen vortrainierte Feinabstimmung über mehrere Seeds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume the running job between batches</source>
        <translation>Den laufenden Auftrag zwischen Batches pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running job after the current batch (it can be resumed)</source>
        <translation>Den laufenden Auftrag nach dem aktuellen Batch anhalten (er kann fortgesetzt werden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Datasets</source>
        <translation>&amp;Datensätze</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+54"/>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colorize</source>
        <translation>&amp;Einfärben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Labels</source>
        <translation>La&amp;bels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show UI &amp;Latency</source>
        <translation>UI-Late&amp;nz anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure how promptly the window reacts (event-loop lateness, p50/p99)</source>
        <translation>Messen, wie schnell das Fenster reagiert (Verspätung der Ereignisschleife, p50/p99)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UI latency: measuring…</source>
        <translation>UI-Latenz: wird gemessen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Full Screen</source>
        <translation>V&amp;ollbild</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About ColorProxy</source>
        <translation>Ü&amp;ber ColorProxy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;Datasets</source>
        <translation>Zuletzt verwendete &amp;Datensätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent R&amp;uns</source>
        <translation>Zuletzt verwendete Lä&amp;ufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a dataset, colorize a photo, run the quick experiment and more, step by step</source>
        <translation>Einen Datensatz öffnen, ein Foto einfärben, das schnelle Experiment starten und mehr, Schritt für Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Cannot open the run</source>
        <translation>Lauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No pair to compare</source>
        <translation>Kein Paar zum Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Compare shows a baseline and a pretrained run of the same seed side by side. Fine-tune both (Train ▸ New Fine-tuning…, start from &quot;Both side by side&quot;), or choose two runs on the Compare page.</source>
        <translation>%1

Vergleichen zeigt einen Baseline- und einen vortrainierten Lauf desselben Seeds nebeneinander. Führen Sie beide aus (Training ▸ Neue Feinabstimmung…, Start mit „Beide nebeneinander“) oder wählen Sie auf der Seite Vergleichen zwei Läufe.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a dataset folder</source>
        <translation>Einen Datensatzordner öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a run folder</source>
        <translation>Einen Laufordner öffnen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threads: %1 of %2 cores</source>
        <translation>Threads: %1 von %2 Kernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping the running job before quitting…</source>
        <translation>Der laufende Auftrag wird vor dem Beenden angehalten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training: %1</source>
        <translation>Training: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: %1</source>
        <translation>Pausiert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping: %1</source>
        <translation>Wird angehalten: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Job stopped</source>
        <translation>Auftrag angehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job finished</source>
        <translation>Auftrag abgeschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training in progress</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A job is running. Stop it (after the current batch; the last checkpoint stays resumable) and quit?</source>
        <translation>Ein Auftrag läuft. Anhalten (nach dem aktuellen Batch; der letzte Checkpoint bleibt fortsetzbar) und beenden?</translation>
    </message>
</context>
<context>
    <name>colorproxy::PairedBarChart</name>
    <message>
        <location filename="../ui/runpair/pairedbarchart.cpp" line="+43"/>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pretrained</source>
        <translation>vortrainiert</translation>
    </message>
</context>
<context>
    <name>colorproxy::PathEdit</name>
    <message>
        <location filename="../ui/widgets/pathedit.cpp" line="+24"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>colorproxy::PhaseTable</name>
    <message>
        <location filename="../ui/widgets/phasetable.cpp" line="+14"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frozen parts</source>
        <translation>Eingefrorene Teile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frozen parts: transferred, encoder, decoder, head, or a parameter-name prefix; separate several with commas. Empty = everything trains.</source>
        <translation>Eingefrorene Teile: transferred, encoder, decoder, head oder ein Präfix von Parameternamen; mehrere durch Kommas trennen. Leer = alles wird trainiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove phase</source>
        <translation>Phase entfernen</translation>
    </message>
</context>
<context>
    <name>colorproxy::PrCurvePlot</name>
    <message>
        <location filename="../ui/labels/prcurveplot.cpp" line="+30"/>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: AP %2</source>
        <translation>%1: AP %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: AP undefined (no positive)</source>
        <translation>%1: AP undefiniert (kein Positives)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (○ = threshold 0.5)</source>
        <translation>%1 (○ = Schwelle 0,5)</translation>
    </message>
</context>
<context>
    <name>colorproxy::PreferencesDialog</name>
    <message>
        <location filename="../ui/main/preferencesdialog.cpp" line="+20"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language is used the next time ColorProxy starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von ColorProxy verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainDatasetPage</name>
    <message>
        <location filename="../ui/wizards/pretraindatasetpage.cpp" line="+21"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colorization needs no labels: any folder of colour photos works, as do COCO, Pascal VOC and CamVid folders. Grayscale images are left out — they have no colour to learn.</source>
        <translation>Einfärben braucht keine Labels: Jeder Ordner mit Farbfotos funktioniert, ebenso COCO-, Pascal-VOC- und CamVid-Ordner. Graustufenbilder werden ausgelassen — sie haben keine Farbe zum Lernen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a dataset folder</source>
        <translation>Einen Datensatzordner wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of images, or a COCO / VOC / CamVid root</source>
        <translation>Bildordner oder Stammordner von COCO / VOC / CamVid</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Training split:</source>
        <translation>&amp;Trainingsteilmenge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Validation split:</source>
        <translation>&amp;Validierungsteilmenge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used when validation images come from the training split: this share is held out to score PSNR/SSIM and draw previews each epoch.</source>
        <translation>Wird verwendet, wenn die Validierungsbilder aus der Trainingsteilmenge stammen: Dieser Anteil wird zurückgehalten, um in jeder Epoche PSNR/SSIM zu messen und Vorschauen zu zeichnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feature probe while pretraining (labelled dataset, optional)</source>
        <translation>Merkmalssonde während des Vortrainings (gelabelter Datensatz, optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a labelled dataset for the feature probe</source>
        <translation>Gelabelten Datensatz für die Merkmalssonde wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: no probe</source>
        <translation>Keiner: keine Sonde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Probe dataset:</source>
        <translation>Datensatz der &amp;Sonde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After every epoch a k-NN probe classifies this dataset&apos;s images by the encoder&apos;s bottleneck features and writes its test mAP to metrics.csv (probe_knn_mAP); the monitor draws it beside SSIM. Use a dataset with image labels (COCO, Pascal VOC, YOLO). It changes no weights.</source>
        <translation>Nach jeder Epoche klassifiziert eine k-NN-Sonde die Bilder dieses Datensatzes anhand der Bottleneck-Merkmale des Encoders und schreibt ihre Test-mAP in metrics.csv (probe_knn_mAP); der Monitor zeichnet sie neben der SSIM. Verwenden Sie einen Datensatz mit Bildlabels (COCO, Pascal VOC, YOLO). Sie verändert keine Gewichte.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a dataset folder.</source>
        <translation>Wählen Sie einen Datensatzordner.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Reader&apos;s default (training split, or every image)</source>
        <translation>Standard des Lesers (Trainingsteilmenge oder alle Bilder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader&apos;s default (validation split, else a hold-out)</source>
        <translation>Standard des Lesers (Validierungsteilmenge, sonst zurückgehaltener Teil)</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainDevicePage</name>
    <message>
        <location filename="../ui/wizards/pretraindevicepage.cpp" line="+27"/>
        <source>Device, threads and output</source>
        <translation>Gerät, Threads und Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the training runs and where its run folder (config, metrics, checkpoints, previews) is written.</source>
        <translation>Wo das Training läuft und wohin sein Laufordner (Konfiguration, Metriken, Checkpoints, Vorschauen) geschrieben wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Synchronised batch norm</source>
        <translation>&amp;Synchronisierte Batch-Norm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The generator&apos;s batch norms normalise with the statistics of the whole step&apos;s batch, summed over all processes, instead of each process&apos;s own share (as PyTorch&apos;s SyncBatchNorm)</source>
        <translation>Die Batch-Norms des Generators normalisieren mit den Statistiken des ganzen Batches eines Schritts, summiert über alle Prozesse, statt mit dem Anteil jedes Prozesses (wie PyTorchs SyncBatchNorm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bfloat16 autocast</source>
        <translation>bfloat16-Autocast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels-last memory format</source>
        <translation>Speicherformat Channels-last</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for run folders</source>
        <translation>Ordner für Laufordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;cesses on this machine:</source>
        <translation>&amp;Prozesse auf diesem Rechner:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than one trains data-parallel: each process takes its share of every epoch with the batch size set before (so a step sees batch × processes images), gradients are averaged, and the first process writes the run folder. Batch-norm statistics stay each process&apos;s own unless synchronised: then processes × batch train like one process with the whole batch, worth it when the batch per process is small. Threads &quot;all cores&quot; are shared between the processes. For several machines use the command line (torchrun or srun).</source>
        <translation>Mehr als einer trainiert datenparallel: Jeder Prozess nimmt seinen Anteil jeder Epoche mit der zuvor gewählten Batchgröße (ein Schritt sieht also Batch × Prozesse Bilder), die Gradienten werden gemittelt, und der erste Prozess schreibt den Laufordner. Die Batch-Norm-Statistiken bleiben die jedes Prozesses, außer synchronisiert: Dann trainieren Prozesse × Batch wie ein Prozess mit dem ganzen Batch, lohnend bei kleinem Batch je Prozess. „Alle Kerne“ bei den Threads wird zwischen den Prozessen aufgeteilt. Für mehrere Rechner die Kommandozeile verwenden (torchrun oder srun).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATen threads of the training thread. This machine has %1 logical cores; leave one free if you want to keep working while it trains.</source>
        <translation>ATen-Threads des Trainings-Threads. Dieser Rechner hat %1 logische Kerne; lassen Sie einen frei, wenn Sie während des Trainings weiterarbeiten möchten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Precision:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On CPUs with AMX or AVX-512 BF16, bfloat16 convolutions run several times faster; results differ slightly from float32.</source>
        <translation>Auf CPUs mit AMX oder AVX-512 BF16 laufen bfloat16-Faltungen um ein Vielfaches schneller; die Ergebnisse weichen leicht von float32 ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Loader threads:</source>
        <translation>&amp;Lade-Threads:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decode, resize and Lab conversion run ahead of the trainer on these threads.</source>
        <translation>Dekodieren, Skalieren und Lab-Umwandlung laufen auf diesen Threads dem Training voraus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Runs folder:</source>
        <translation>Läufe-&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run na&amp;me:</source>
        <translation>Lauf&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run folder is &lt;runs folder&gt;/&lt;date-time&gt;-&lt;name&gt;.</source>
        <translation>Der Laufordner ist &lt;Läufe-Ordner&gt;/&lt;Datum-Uhrzeit&gt;-&lt;Name&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview images:</source>
        <translation>&amp;Vorschaubilder:</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainHyperparameterPage</name>
    <message>
        <location filename="../ui/wizards/pretrainhyperparameterpage.cpp" line="+24"/>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defaults follow pix2pix and the paper; the preset chosen on the previous page adjusted the batch and schedule for its size.</source>
        <translation>Die Standardwerte folgen pix2pix und dem Artikel; die Voreinstellung der vorigen Seite hat Batch und Zeitplan an ihre Größe angepasst.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Random horizontal flips</source>
        <translation>Zufällige horizontale Spiegelungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>110 (pix2pix)</source>
        <translation>110 (pix2pix)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>128 (the paper&apos;s code)</source>
        <translation>128 (Code des Artikels)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s step size. pix2pix and the paper&apos;s code use %1.</source>
        <translation>Schrittweite von Adam. pix2pix und der Code des Artikels verwenden %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam β&amp;1:</source>
        <translation>Adam-β&amp;1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum of Adam. %1 (pix2pix) keeps adversarial training stable.</source>
        <translation>Momentum von Adam. %1 (pix2pix) hält das adversariale Training stabil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch si&amp;ze:</source>
        <translation>Batch&amp;größe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ab s&amp;caling:</source>
        <translation>ab-Skalie&amp;rung:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Decoding: 1 = mean of the colour distribution (washed out), towards 0 = its mode (vivid, noisy). Zhang et al.: %1.</source>
        <translation>Dekodierung: 1 = Mittelwert der Farbverteilung (ausgewaschen), gegen 0 = ihr Modus (lebhaft, verrauscht). Zhang et al.: %1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Quarter size, as Zhang et al.</source>
        <translation>&amp;Viertelgröße wie bei Zhang et al.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passes over the training images, decay epochs included. The paper: 20 epochs on 83k COCO images.</source>
        <translation>Durchläufe über die Trainingsbilder, Abklingepochen eingeschlossen. Der Artikel: 20 Epochen auf 83k COCO-Bildern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decay epochs:</source>
        <translation>&amp;Abklingepochen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last N epochs lower the learning rate linearly towards zero (pix2pix&apos;s schedule).</source>
        <translation>Die letzten N Epochen senken die Lernrate linear gegen null (Zeitplan von pix2pix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images per step. The paper uses 32; on a CPU small batches update more often per minute.</source>
        <translation>Bilder pro Schritt. Der Artikel verwendet 32; auf einer CPU aktualisieren kleine Batches öfter pro Minute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixes initial weights, shuffling and augmentation so a run repeats exactly.</source>
        <translation>Legt Anfangsgewichte, Mischen und Augmentierung fest, sodass sich ein Lauf exakt wiederholt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augmentation:</source>
        <translation>Augmentierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flipped photos are still plausible photos: free extra data.</source>
        <translation>Gespiegelte Fotos sind immer noch plausible Fotos: kostenlose Zusatzdaten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divides a and b to map them to [−1, 1] for the tanh output.</source>
        <translation>Teilt a und b, um sie für die tanh-Ausgabe auf [−1, 1] abzubilden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L1 &amp;weight λ:</source>
        <translation>L1-Gewi&amp;cht λ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of the L1 term against the adversarial loss (pix2pix: 100). Higher = safer, duller colours.</source>
        <translation>Gewicht des L1-Terms gegenüber dem adversarialen Verlust (pix2pix: 100). Höher = sicherere, mattere Farben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annealing &amp;temperature T:</source>
        <translation>Annealing-&amp;Temperatur T:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rebalancing λ:</source>
        <translation>&amp;Neugewichtung λ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixes the training set&apos;s colour prior with a uniform one to up-weight rare colours (0.5 in Zhang et al.; 1 switches rebalancing off).</source>
        <translation>Mischt die Farb-Priorverteilung des Trainingssatzes mit einer gleichverteilten, um seltene Farben höher zu gewichten (0,5 bei Zhang et al.; 1 schaltet die Neugewichtung aus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logits:</source>
        <translation>Logits:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: the whole U-Net predicts the 313 colour classes at every pixel, so every decoder level learns (segmentation fine-tunes them all). On: a small head predicts them at a quarter of the size and the colours are upsampled, as in Zhang et al.; several times faster.</source>
        <translation>Aus: das ganze U-Net sagt die 313 Farbklassen an jedem Pixel vorher, so lernt jede Decoder-Stufe (die Segmentierung stimmt sie alle fein ab). An: ein kleiner Kopf sagt sie auf einem Viertel der Größe vorher und die Farben werden hochskaliert, wie bei Zhang et al.; um ein Mehrfaches schneller.</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainModelPage</name>
    <message>
        <location filename="../ui/wizards/pretrainmodelpage.cpp" line="+23"/>
        <source>Pretext task and model size</source>
        <translation>Vorwand-Aufgabe und Modellgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the network learns to predict from the grey (L) channel, and how big it is.</source>
        <translation>Was das Netz aus dem Graukanal (L) vorherzusagen lernt, und wie groß es ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pretext task</source>
        <translation>Vorwand-Aufgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;GAN colorization (pix2pix cGAN + λ·L1) — the paper&apos;s method</source>
        <translation>&amp;GAN-Einfärbung (pix2pix-cGAN + λ·L1) — die Methode des Artikels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Classification over 313 ab bins (Zhang et al. 2016)</source>
        <translation>&amp;Klassifikation über 313 ab-Klassen (Zhang et al. 2016)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;L2 regression of ab</source>
        <translation>&amp;L2-Regression von ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A U-Net generator predicts a and b from L; a PatchGAN discriminator judges (L, ab) pairs. Loss: adversarial + λ·L1. Vivid colours; the weights transfer to classification and segmentation.</source>
        <translation>Ein U-Net-Generator sagt a und b aus L vorher; ein PatchGAN-Diskriminator beurteilt (L, ab)-Paare. Verlust: adversarial + λ·L1. Lebhafte Farben; die Gewichte lassen sich auf Klassifikation und Segmentierung übertragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicts a distribution over 313 quantised colours with class rebalancing, decoded by annealed mean. Avoids the washed-out average colours of regression.</source>
        <translation>Sagt eine Verteilung über 313 quantisierte Farben mit Klassenneugewichtung vorher, dekodiert per Annealed Mean. Vermeidet die ausgewaschenen Durchschnittsfarben der Regression.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain mean-squared-error regression: the simplest baseline. Tends towards greyish, desaturated colours because it averages plausible answers.</source>
        <translation>Einfache Regression mit mittlerem quadratischem Fehler: die einfachste Baseline. Neigt zu gräulichen, entsättigten Farben, weil sie plausible Antworten mittelt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Train for colour points (hint-conditioned model)</source>
        <translation>Für Farb&amp;punkte trainieren (hinweisgesteuertes Modell)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The generator also takes colour points a user places (their colour and where they are) and learns from points simulated on the training photos (Zhang, Zhu et al. 2017). The Colorize page then lets you guide its colours by clicking on the photo; fine-tuning can start from it as from any colorizer.</source>
        <translation>Der Generator nimmt zusätzlich Farbpunkte entgegen, die ein Nutzer setzt (ihre Farbe und ihre Lage), und lernt aus Punkten, die auf den Trainingsfotos simuliert werden (Zhang, Zhu et al. 2017). Auf der Seite „Einfärben“ lenken Sie dann seine Farben per Klick auf das Foto; die Feinabstimmung kann wie bei jedem Einfärber von ihm ausgehen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paper: 256 px, ngf 64, 8 downsamplings</source>
        <translation>Artikel: 256 px, ngf 64, 8 Verkleinerungsstufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU-friendly small: 64 px, ngf 16</source>
        <translation>Klein, CPU-freundlich: 64 px, ngf 16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiny: 32 px, ngf 8 (smoke tests)</source>
        <translation>Winzig: 32 px, ngf 8 (Rauchtests)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>70×70 PatchGAN (pix2pix)</source>
        <translation>70×70-PatchGAN (pix2pix)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16×16 output map (the paper&apos;s code)</source>
        <translation>16×16-Ausgabekarte (Code des Artikels)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vanilla (binary cross-entropy)</source>
        <translation>Standard (binäre Kreuzentropie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least squares (LSGAN)</source>
        <translation>Kleinste Quadrate (LSGAN)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image size:</source>
        <translation>&amp;Bildgröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;oad size:</source>
        <translation>La&amp;degröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images are resized to the load size, then randomly cropped to the image size (jitter). Equal sizes turn the jitter off.</source>
        <translation>Bilder werden auf die Ladegröße skaliert und dann zufällig auf die Bildgröße zugeschnitten (Jitter). Gleiche Größen schalten den Jitter aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generator &amp;width (ngf):</source>
        <translation>Generator-Brei&amp;te (ngf):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Downsamplings:</source>
        <translation>Verkleine&amp;rungsstufen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image size must be divisible by 2^downsamplings; 8 at 256 px gives pix2pix&apos;s unet_256 with a 1×1 bottleneck.</source>
        <translation>Die Bildgröße muss durch 2^Verkleinerungsstufen teilbar sein; 8 bei 256 px ergibt unet_256 von pix2pix mit einem 1×1-Engpass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discriminator width (nd&amp;f):</source>
        <translation>Diskriminator-Breite (nd&amp;f):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di&amp;scriminator:</source>
        <translation>Di&amp;skriminator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;AN loss:</source>
        <translation>GAN-Verl&amp;ust:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Preset values: batch %1, %2 epochs (%3 decaying), learning rate %4 — adjustable on the next page.</source>
        <translation>Voreingestellte Werte: Batch %1, %2 Epochen (%3 abklingend), Lernrate %4 — auf der nächsten Seite einstellbar.</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainReviewPage</name>
    <message>
        <location filename="../ui/wizards/pretrainreviewpage.cpp" line="+11"/>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These settings will be written to the run&apos;s config.json. Start training, or go back to change something.</source>
        <translation>Diese Einstellungen werden in die config.json des Laufs geschrieben. Starten Sie das Training oder gehen Sie zurück, um etwas zu ändern.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;%1&lt;/b&gt; pretext on &lt;b&gt;%2&lt;/b&gt;: %3 px images, ngf %4, %5 epochs of batch %6, run folder under &lt;b&gt;%7&lt;/b&gt;.</source>
        <translation>Vorwand-Aufgabe &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt;: Bilder mit %3 px, ngf %4, %5 Epochen mit Batch %6, Laufordner unter &lt;b&gt;%7&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainWizard</name>
    <message>
        <location filename="../ui/wizards/pretrainwizard.cpp" line="+17"/>
        <source>New colorization pretraining</source>
        <translation>Neues Einfärbe-Vortraining</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
</context>
<context>
    <name>colorproxy::PreviewGrid</name>
    <message>
        <location filename="../ui/monitor/previewgrid.cpp" line="+22"/>
        <source>Predictions on fixed validation images appear here after each epoch: grey input | prediction | ground truth.</source>
        <translation>Vorhersagen für feste Validierungsbilder erscheinen hier nach jeder Epoche: graue Eingabe | Vorhersage | Ground Truth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to enlarge</source>
        <translation>Zum Vergrößern klicken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which run&apos;s previews to show</source>
        <translation>Vorschauen welches Laufs angezeigt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step back through earlier epochs</source>
        <translation>Durch frühere Epochen zurückblättern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Validation previews</source>
        <translation>Validierungsvorschau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>grey input | prediction | truth</source>
        <translation>Graustufen-Eingabe | Vorhersage | Wahrheit</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>this run</source>
        <translation>dieser Lauf</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No previews yet</source>
        <translation>Noch keine Vorschauen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Epoch %1 (%2 of %3 saved)</source>
        <translation>Epoche %1 (%2 von %3 gespeichert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation previews — %1</source>
        <translation>Validierungsvorschauen — %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::ProbePlot</name>
    <message>
        <location filename="../ui/results/probeplot.cpp" line="+134"/>
        <source>encoder level (0 = first, highest resolution)</source>
        <translation>Encoder-Ebene (0 = erste, höchste Auflösung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test mAP</source>
        <translation>Test-mAP</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Frozen-encoder probes (%1): test mAP per encoder level, mean over %n seed(s) with 95 % intervals; %2 test images, %3 classes.</source>
        <translation>
            <numerusform>Sonden eingefrorener Encoder (%1): Test-mAP je Encoder-Ebene, Mittel über %n Seed mit 95-%-Intervallen; %2 Testbilder, %3 Klassen.</numerusform>
            <numerusform>Sonden eingefrorener Encoder (%1): Test-mAP je Encoder-Ebene, Mittel über %n Seeds mit 95-%-Intervallen; %2 Testbilder, %3 Klassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Pretrained: %1.</source>
        <translation>Vortrainiert: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>initialisation of the frozen network (a 1×1 convolution reads its decoder&apos;s last features)</source>
        <translation>Initialisierung des eingefrorenen Netzes (eine 1×1-Faltung liest die letzten Merkmale seines Decoders)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test mIoU</source>
        <translation>Test-mIoU</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Segmentation probe (%1): test mIoU per initialisation, mean over %n seed(s) with 95 % intervals; %2 test images, %3 classes.</source>
        <translation>
            <numerusform>Segmentierungssonde (%1): Test-mIoU je Initialisierung, Mittel über %n Seed mit 95-%-Intervallen; %2 Testbilder, %3 Klassen.</numerusform>
            <numerusform>Segmentierungssonde (%1): Test-mIoU je Initialisierung, Mittel über %n Seeds mit 95-%-Intervallen; %2 Testbilder, %3 Klassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>majority class everywhere</source>
        <translation>überall die häufigste Klasse</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: linear</source>
        <translation>%1: linear</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: k-NN</source>
        <translation>%1: k-NN</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>chance (a constant score)</source>
        <translation>Zufall (ein konstanter Score)</translation>
    </message>
</context>
<context>
    <name>colorproxy::ProblemText</name>
    <message>
        <location filename="../ui/wizards/problemtext.cpp" line="+24"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold-out share</source>
        <translation>Zurückgehaltener Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image limit</source>
        <translation>Bildlimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loader threads</source>
        <translation>Lade-Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load size</source>
        <translation>Ladegröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator width (ngf)</source>
        <translation>Generator-Breite (ngf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminator width (ndf)</source>
        <translation>Diskriminator-Breite (ndf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsamplings</source>
        <translation>Verkleinerungsstufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam β1</source>
        <translation>Adam-β1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decay epochs</source>
        <translation>Abklingepochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L1 weight λ</source>
        <translation>L1-Gewicht λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annealing temperature T</source>
        <translation>Annealing-Temperatur T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebalancing λ</source>
        <translation>Neugewichtung λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview images</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs folder</source>
        <translation>Läufe-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run name</source>
        <translation>Laufname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe dataset</source>
        <translation>Datensatz der Sonde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is empty: fill it in.</source>
        <translation>%1 ist leer: bitte ausfüllen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not an existing folder.</source>
        <translation>%1: „%2“ ist kein vorhandener Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a multiple of %2 (2 to the power of the downsamplings).</source>
        <translation>%1 muss ein Vielfaches von %2 sein (2 hoch die Zahl der Verkleinerungsstufen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be 0 (all) or more.</source>
        <translation>%1 muss 0 (alle) oder mehr sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be above 0.</source>
        <translation>%1 muss größer als 0 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be at least 0 and below 1.</source>
        <translation>%1 muss mindestens 0 und kleiner als 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be above 0 and at most 1.</source>
        <translation>%1 muss größer als 0 und höchstens 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be between 0 and 1.</source>
        <translation>%1 muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>colorproxy::RunPairPage</name>
    <message>
        <location filename="../ui/runpair/runpairpage.cpp" line="+46"/>
        <source>Previous image (Page Up)</source>
        <translation>Vorheriges Bild (Bild auf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next image (Page Down)</source>
        <translation>Nächstes Bild (Bild ab)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>– / %1</source>
        <translation>– / %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>colorproxy::RunPairSelector</name>
    <message>
        <location filename="../ui/runpair/runpairselector.cpp" line="+17"/>
        <source>Open &amp;Experiment…</source>
        <translation>&amp;Experiment öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An experiment folder (or a runs folder): its baseline and pretrained %1 runs are paired by seed</source>
        <translation>Ein Experimentordner (oder ein Läufe-Ordner): Seine Baseline- und vortrainierten %1-Läufe werden nach Seed gepaart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Two R&amp;uns…</source>
        <translation>Zwei Lä&amp;ufe wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a baseline run folder, then a pretrained run folder</source>
        <translation>Einen Baseline-Laufordner wählen, dann einen vortrainierten Laufordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which baseline/pretrained pair to compare</source>
        <translation>Welches Paar aus Baseline und vortrainiertem Lauf verglichen wird</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+35"/>
        <location line="+19"/>
        <source>Baseline: %1
Pretrained: %2</source>
        <translation>Baseline: %1
Vortrainiert: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 holds no finished pair of baseline and pretrained %2 runs with saved predictions. Open an experiment folder (colorproxy-cli experiment) or choose two run folders.</source>
        <translation>%1 enthält kein abgeschlossenes Paar aus Baseline- und vortrainiertem %2-Lauf mit gespeicherten Vorhersagen. Öffnen Sie einen Experimentordner (colorproxy-cli experiment) oder wählen Sie zwei Laufordner.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 vs %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one run</source>
        <translation>ein Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>two runs</source>
        <translation>zwei Läufe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open an experiment or runs folder</source>
        <translation>Einen Experiment- oder Läufe-Ordner öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the baseline (random init) run</source>
        <translation>Den Baseline-Lauf (zufällige Initialisierung) wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the pretrained run to compare with %1 (Cancel: look at it alone)</source>
        <translation>Den vortrainierten Lauf zum Vergleich mit %1 wählen (Abbrechen: ihn allein ansehen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the pretrained run to compare with %1</source>
        <translation>Den vortrainierten Lauf zum Vergleich mit %1 wählen</translation>
    </message>
</context>
<context>
    <name>colorproxy::RunsPage</name>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="+69"/>
        <source>Runs folder</source>
        <translation>Läufe-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;sume</source>
        <translation>Fortset&amp;zen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue an interrupted run exactly from its latest checkpoint</source>
        <translation>Einen unterbrochenen Lauf exakt ab seinem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show fo&amp;lder</source>
        <translation>&amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Runs folder:</source>
        <translation>Läufe-Ordner:</translation>
    </message>
    <message>
        <location line="+117"/>
        <source> (epoch %1/%2)</source>
        <translation> (Epoche %1/%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (run %1/%2)</source>
        <translation> (Lauf %1/%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 (epoch %3)</source>
        <translation>%1 %2 (Epoche %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no report</source>
        <translation>kein Bericht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>representation probe</source>
        <translation>Repräsentationssonde</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No runs in %1 yet. Start one from Train ▸ New pretraining.</source>
        <translation>Noch keine Läufe in %1. Starten Sie einen über Training ▸ Neues Vortraining.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open in Co&amp;mpare</source>
        <translation>In Ver&amp;gleichen öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline and pretrained masks of this run&apos;s seed side by side</source>
        <translation>Baseline- und vortrainierte Masken des Seeds dieses Laufs nebeneinander</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;Labels</source>
        <translation>In &amp;Labels öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted labels of this run (and its baseline/pretrained partner)</source>
        <translation>Vorhergesagte Labels dieses Laufs (und seines Baseline-/vortrainierten Partners)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run in progress</source>
        <translation>Lauf in Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is being trained right now. Stop it first, then delete it.</source>
        <translation>%1 wird gerade trainiert. Halten Sie ihn zuerst an und löschen Sie ihn dann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete the run folder %1 with its checkpoints, metrics and previews? This cannot be undone.</source>
        <translation>Den Laufordner %1 mit seinen Checkpoints, Metriken und Vorschauen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not delete everything in %1. Check the folder&apos;s permissions.</source>
        <translation>Nicht alles in %1 konnte gelöscht werden. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No run opened</source>
        <translation>Kein Lauf geöffnet</translation>
    </message>
</context>
<context>
    <name>colorproxy::SampleView</name>
    <message>
        <location filename="../ui/datasets/sampleview.cpp" line="+109"/>
        <source>unknown id %1</source>
        <translation>unbekannte ID %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2, %3</source>
        <translation>%1 bei %2, %3</translation>
    </message>
</context>
<context>
    <name>colorproxy::ThreadsBox</name>
    <message>
        <location filename="../ui/widgets/threadsbox.cpp" line="+12"/>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
</context>
<context>
    <name>colorproxy::ThumbnailModel</name>
    <message>
        <location filename="../ui/datasets/thumbnailmodel.cpp" line="+32"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Split: %1</source>
        <translation>Teilmenge: %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::TrainPage</name>
    <message>
        <location filename="../ui/main/trainpage.cpp" line="+14"/>
        <source>New &amp;pretraining…</source>
        <translation>Neues &amp;Vortraining…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New fine-t&amp;uning…</source>
        <translation>Neue &amp;Feinabstimmung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New e&amp;xperiment…</source>
        <translation>Neues E&amp;xperiment…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pretrain once, then baseline vs pretrained fine-tuning over several seeds, with a report</source>
        <translation>Einmal vortrainieren, dann Baseline gegen vortrainierte Feinabstimmung über mehrere Seeds, mit Bericht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No job queued.</source>
        <translation>Kein Auftrag in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued next: %1</source>
        <translation>Als Nächstes eingereiht: %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::TrainingMonitor</name>
    <message>
        <location filename="../ui/monitor/trainingmonitor.cpp" line="+73"/>
        <location line="+174"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Pause after the current batch (Ctrl+P)</source>
        <translation>Nach dem aktuellen Batch pausieren (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch; the last checkpoint can be resumed later</source>
        <translation>Nach dem aktuellen Batch anhalten; der letzte Checkpoint kann später fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+95"/>
        <location line="+3"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+96"/>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+96"/>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Log messages from the engine</source>
        <translation>Protokollmeldungen der Engine</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>No training yet</source>
        <translation>Noch kein Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a pretraining run from the Train menu, or reopen a run from the Runs page.</source>
        <translation>Starten Sie ein Vortraining über das Menü „Training“ oder öffnen Sie einen Lauf auf der Seite „Läufe“ wieder.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Loss by iteration</source>
        <translation>Verlust je Iteration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics by epoch</source>
        <translation>Metriken je Epoche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previews</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stop training?</source>
        <translation>Training stoppen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop %1 after the current batch? The last checkpoint stays; Resume on the Runs page continues from it.</source>
        <translation>%1 nach dem aktuellen Batch stoppen? Der letzte Checkpoint bleibt erhalten; „Fortsetzen“ auf der Seite „Läufe“ macht dort weiter.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mIoU / mAP</source>
        <translation>mIoU / mAP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+22"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused — the trainer waits between batches</source>
        <translation>Pausiert — das Training wartet zwischen Batches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem aktuellen Batch angehalten…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>epoch %1/%2</source>
        <translation>Epoche %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iteration %1/%2</source>
        <translation>Iteration %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 images/s</source>
        <translation>%1 Bilder/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elapsed %1</source>
        <translation>vergangen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA %1</source>
        <translation>Rest ca. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lr %1</source>
        <translation>LR %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>process %1: %2</source>
        <translation>Prozess %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images/s per process — %1</source>
        <translation>Bilder/s je Prozess — %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SSIM · k-NN probe mAP</source>
        <translation>SSIM · mAP der k-NN-Sonde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Epoch %1/%2 done: %3</source>
        <translation>Epoche %1/%2 fertig: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (resumed)</source>
        <translation>%1 (fortgesetzt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resumed — running</source>
        <translation>Fortgesetzt — läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed at iteration %1 (epoch %2) — running</source>
        <translation>Bei Iteration %1 (Epoche %2) fortgesetzt — läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier curves and previews of %1: %2 iterations, %3 epochs, %4 previews</source>
        <translation>Frühere Kurven und Vorschauen von %1: %2 Iterationen, %3 Epochen, %4 Vorschauen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopped — resume it from the Runs page</source>
        <translation>Angehalten — auf der Seite „Läufe“ fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run folder: %1</source>
        <translation>Laufordner: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Result: label efficiency and verdicts</source>
        <translation>Ergebnis: Label-Effizienz und Urteile</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Probes: mAP by encoder level</source>
        <translation>Sonden: mAP nach Encoder-Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probes: mAP by level, segmentation mIoU</source>
        <translation>Sonden: mAP nach Ebene, Segmentierungs-mIoU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probes: segmentation mIoU</source>
        <translation>Sonden: Segmentierungs-mIoU</translation>
    </message>
</context>
<context>
    <name>colorproxy::UserGuideDialog</name>
    <message>
        <location filename="../ui/main/userguidedialog.cpp" line="+24"/>
        <source>ColorProxy user guide</source>
        <translation>ColorProxy-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>colorproxy::WelcomePage</name>
    <message>
        <location filename="../ui/main/welcomepage.cpp" line="+11"/>
        <source>&lt;h2&gt;Welcome to ColorProxy&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei ColorProxy&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ColorProxy teaches a network to colorize grey photos, then checks whether what it learned helps it recognise objects. Start with one of these:</source>
        <translation>ColorProxy bringt einem Netz bei, graue Fotos einzufärben, und prüft dann, ob das Gelernte beim Erkennen von Objekten hilft. Beginnen Sie mit einem davon:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a dataset</source>
        <translation>Einen Datensatz öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse a folder of photos, or a COCO, Pascal VOC or CamVid dataset: counts, labels, masks and problems.</source>
        <translation>Einen Fotoordner oder einen COCO-, Pascal-VOC- oder CamVid-Datensatz durchsuchen: Anzahlen, Labels, Masken und Probleme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colorize a photo</source>
        <translation>Ein Foto einfärben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a photo on the Colorize page: the bundled model paints its colours back at full resolution.</source>
        <translation>Ziehen Sie ein Foto auf die Seite „Einfärben“: Das mitgelieferte Modell malt seine Farben in voller Auflösung zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the quick experiment</source>
        <translation>Das schnelle Experiment starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does colorization pretraining help? Pretrain on the bundled samples, then compare fine-tuning with and without it: minutes on a CPU.</source>
        <translation>Hilft das Einfärbe-Vortraining? Auf den mitgelieferten Beispielen vortrainieren, dann Feinabstimmung mit und ohne vergleichen: Minuten auf einer CPU.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pages on the left lead to everything else; Help ▸ Getting started shows this page again.</source>
        <translation>Die Seiten links führen zu allem anderen; Hilfe ▸ Erste Schritte zeigt diese Seite wieder.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+34"/>
        <source>Self-supervised visual feature learning through image colorization.</source>
        <translation>Selbstüberwachtes Lernen visueller Merkmale durch Bildeinfärbung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tour the GUI with a real tiny training run, save screenshots to &lt;dir&gt; and print the event-loop latency, then quit.</source>
        <translation>Die Oberfläche mit einem echten kleinen Trainingslauf durchgehen, Bildschirmfotos in &lt;dir&gt; speichern, die Latenz der Ereignisschleife ausgeben und dann beenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample data for the tour (resources/samples).</source>
        <translation>Beispieldaten für den Rundgang (resources/samples).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs folder for the tour.</source>
        <translation>Läufe-Ordner für den Rundgang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --screenshots: also train the paper-size model for &lt;n&gt; seconds and report the latency meanwhile.</source>
        <translation>Mit --screenshots: zusätzlich das Modell in Originalgröße des Artikels &lt;n&gt; Sekunden trainieren und dabei die Latenz melden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appearance for this session: system, light or dark (default: the one chosen in File &gt; Preferences).</source>
        <translation>Darstellung für diese Sitzung: system, light oder dark (Standard: die unter Datei &gt; Einstellungen gewählte).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &lt;photo&gt; (a file or a folder of photos) on the Colorize page; repeat for several.</source>
        <translation>&lt;photo&gt; (eine Datei oder einen Ordner mit Fotos) auf der Seite „Einfärben“ öffnen; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --colorize: once the model has loaded, colorize them all into &lt;dir&gt; (asks before replacing files).</source>
        <translation>Mit --colorize: sobald das Modell geladen ist, alle nach &lt;dir&gt; einfärben (fragt, bevor Dateien ersetzt werden).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A dataset folder to open on the Datasets page (optional).</source>
        <translation>Ein Datensatzordner, der auf der Seite „Datensätze“ geöffnet wird (optional).</translation>
    </message>
</context>
</TS>
