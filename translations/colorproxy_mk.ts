<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mk" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/core/appsettings.cpp" line="+36"/>
        <source>Setting %1 was &quot;%2&quot;, not one of %3; reset to &quot;%4&quot;.</source>
        <translation>Поставката %1 беше „%2“, ниту една од %3; вратена на „%4“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Setting %1 was &quot;%2&quot;, not a whole number from %3 to %4; reset to %5.</source>
        <translation>Поставката %1 беше „%2“, не цел број од %3 до %4; вратена на %5.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>the system language</source>
        <translation>јазикот на системот</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Setting %1 was empty; reset to %2.</source>
        <translation>Поставката %1 беше празна; вратена на %2.</translation>
    </message>
</context>
<context>
    <name>ClassificationComparison</name>
    <message>
        <location filename="../ui/labels/classificationcomparison.cpp" line="+38"/>
        <source>%1 does not have the columns image + the run&apos;s %2 classes: was it written by a classification run of this dataset?</source>
        <translation>%1 ги нема колоните image + %2-те класи на извршувањето: дали е запишана од извршување за класификација на ова множество податоци?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, line %2: %3 values instead of %4.</source>
        <translation>%1, ред %2: %3 вредности наместо %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, line %2, column %3: &quot;%4&quot; is not %5.</source>
        <translation>%1, ред %2, колона %3: „%4“ не е %5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 or 1</source>
        <translation>0 или 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a probability between 0 and 1</source>
        <translation>веројатност меѓу 0 и 1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: probabilities.csv and labels.csv list different images.</source>
        <translation>%1: probabilities.csv и labels.csv наведуваат различни слики.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 lists no test images.</source>
        <translation>%1 не наведува тест-слики.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a %2 run: the Labels page needs classification runs (segmentation runs open on the Compare page).</source>
        <translation>%1 е извршување од видот %2: страницата „Ознаки“ бара извршувања за класификација (извршувањата за сегментација се отвораат на страницата „Споредба“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 saved no test predictions: fine-tune it again with &quot;save predictions&quot; on.</source>
        <translation>%1 не зачувал предвидувања за тест: фино подесете го повторно со вклучено „save predictions“.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The two runs have different classes (%1 and %2): compare runs on the same dataset.</source>
        <translation>Двете извршувања имаат различни класи (%1 и %2): споредувајте извршувања на исто множество податоци.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n test image(s) of the baseline are missing from the pretrained run and are left out.</source>
        <translation>
            <numerusform>%n тест-слика од основната линија недостасува во предтренираното извршување и е изоставена.</numerusform>
            <numerusform>%n тест-слики од основната линија недостасуваат во предтренираното извршување и се изоставени.</numerusform>
            <numerusform>%n тест-слики од основната линија недостасуваат во предтренираното извршување и се изоставени.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The runs&apos; saved labels differ on %n image(s); the baseline&apos;s are used.</source>
        <translation>
            <numerusform>Зачуваните ознаки на извршувањата се разликуваат на %n слика; се користат тие од основната линија.</numerusform>
            <numerusform>Зачуваните ознаки на извршувањата се разликуваат на %n слики; се користат тие од основната линија.</numerusform>
            <numerusform>Зачуваните ознаки на извршувањата се разликуваат на %n слики; се користат тие од основната линија.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two runs have no test image in common (%1, %2).</source>
        <translation>Двете извршувања немаат заедничка тест-слика (%1, %2).</translation>
    </message>
</context>
<context>
    <name>ColorizationJobs</name>
    <message numerus="yes">
        <location filename="../ui/jobs/colorizationjobs.cpp" line="+26"/>
        <source>Finished %n epoch(s), %1 iterations.</source>
        <translation>
            <numerusform>Завршена %n епоха, %1 итерации.</numerusform>
            <numerusform>Завршени %n епохи, %1 итерации.</numerusform>
            <numerusform>Завршени %n епохи, %1 итерации.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final metrics: %1.</source>
        <translation>Конечни метрики: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Training in %1 processes needs colorproxy-cli next to this program (%2); choose 1 process, or install the command-line tool.</source>
        <translation>Тренирањето во %1 процеси бара colorproxy-cli до оваа програма (%2); изберете 1 процес или инсталирајте ја алатката за командна линија.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the settings for the other processes in %1.</source>
        <translation>Поставките за другите процеси не може да се запишат во %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>process %1 of %2 ended with exit code %3; see its messages in the terminal.</source>
        <translation>процесот %1 од %2 заврши со излезен код %3; видете ги неговите пораки во терминалот.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pretraining (%1) — %2</source>
        <translation>Предтренирање (%1) — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/jobs/finetunejobs.cpp" line="+25"/>
        <source>(%1 processes)</source>
        <translation>(%1 процеси)</translation>
    </message>
</context>
<context>
    <name>DatasetOverview</name>
    <message>
        <location filename="../ui/datasets/datasetoverview.cpp" line="+30"/>
        <source>Choose a dataset folder.</source>
        <translation>Изберете папка со множество податоци.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder. Choose the folder that holds the images (or the dataset&apos;s root for COCO, Pascal VOC and CamVid).</source>
        <translation>%1 не е папка. Изберете ја папката со сликите (или коренската папка на множеството за COCO, Pascal VOC и CamVid).</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>No usable colour images were found in %1 (%n problem(s) reported).</source>
        <translation>
            <numerusform>Во %1 не се најдени употребливи слики во боја (пријавен е %n проблем).</numerusform>
            <numerusform>Во %1 не се најдени употребливи слики во боја (пријавени се %n проблеми).</numerusform>
            <numerusform>Во %1 не се најдени употребливи слики во боја (пријавени се %n проблеми).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperimentJobs</name>
    <message>
        <location filename="../ui/jobs/experimentjobs.cpp" line="+34"/>
        <source>Experiment run %1/%2 — %3</source>
        <translation>Извршување %1/%2 од експериментот — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run %1 of %2: %3</source>
        <translation>Извршување %1 од %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 finished in %2 s</source>
        <translation>%1 заврши за %2 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 did not finish (%2 s)</source>
        <translation>%1 не заврши (%2 s)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stopped; the runs finished so far are kept in %1; resume it from the Runs page.</source>
        <translation>Запрено; досега завршените извршувања остануваат во %1; продолжете го од страницата „Извршувања“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Label-efficiency figure: %1</source>
        <translation>Слика за ефикасност на ознаки: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report: %1</source>
        <translation>Извештај: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Experiment %1</source>
        <translation>Експеримент %1</translation>
    </message>
</context>
<context>
    <name>ExperimentResultFile</name>
    <message>
        <location filename="../ui/results/experimentresultfile.cpp" line="+18"/>
        <source>%1 has no report.json yet: the experiment is still running, or it stopped before writing its report. Resume it from the Runs page to finish it.</source>
        <translation>%1 сè уште нема report.json: експериментот сè уште работи или запре пред да го запише извештајот. Продолжете го од страницата Извршувања за да заврши.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report of %1 lists no fine-tuning task, so there is nothing to plot. Run the experiment again with at least one task.</source>
        <translation>Извештајот на %1 не наведува задача за фино подесување, па нема што да се прикаже. Извршете го експериментот повторно со барем една задача.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
The fine-tuning runs under its runs/ folder are not affected: they still open on the Compare and Labels pages.</source>
        <translation>%1
Извршувањата за фино подесување во неговата папка runs/ не се засегнати: сè уште се отвораат на страниците Споредба и Ознаки.</translation>
    </message>
</context>
<context>
    <name>FinetuneJobs</name>
    <message numerus="yes">
        <location filename="../ui/jobs/finetunejobs.cpp" line="-10"/>
        <source>Finished %n epoch(s) in %1 s.</source>
        <translation>
            <numerusform>Завршена %n епоха за %1 s.</numerusform>
            <numerusform>Завршени %n епохи за %1 s.</numerusform>
            <numerusform>Завршени %n епохи за %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test: %1.</source>
        <translation>Тест: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fine-tuning %1 (%2)</source>
        <translation>Фино подесување %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FinetuneRunInfo</name>
    <message>
        <location filename="../ui/runpair/finetunerun.cpp" line="+42"/>
        <source>%1 has no report.json: pick a fine-tuning run that has finished.</source>
        <translation>%1 нема report.json: изберете завршено извршување за фино подесување.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 (the run may still be writing it, or the file is damaged): pick a finished baseline or pretrained fine-tuning run, or an experiment folder.</source>
        <translation>%1 (извршувањето можеби сè уште ја запишува, или датотеката е оштетена): изберете завршено основно или претходно тренирано фино подесување, или папка на експеримент.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>seed %1</source>
        <translation>семе %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the labels · %2</source>
        <translation>%1 од ознаките · %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 saved no test predictions, so there is nothing to inspect: fine-tune again (the wizard and colorproxy-cli finetune save them by default).</source>
        <translation>%1 не зачува тест-предвидувања, па нема што да се прегледа: повторете го финото подесување (волшебникот и colorproxy-cli finetune ги зачувуваат стандардно).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 has no %2 run of seed %3 beside it in %4.</source>
        <translation>Покрај %1 во %4 нема извршување „%2“ со семе %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline</source>
        <translation>основна линија</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pretrained</source>
        <translation>предтренирано</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../ui/jobs/job.cpp" line="+34"/>
        <source>Resuming %1</source>
        <translation>Се продолжува %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Stopped after epoch %1 (iteration %2); resume it from the Runs page.</source>
        <translation>Запрено по епохата %1 (итерација %2); продолжете го од страницата „Извршувања“.</translation>
    </message>
</context>
<context>
    <name>LoadedSample</name>
    <message>
        <location filename="../ui/datasets/sampleview.cpp" line="+42"/>
        <source>Cannot show this image: %1</source>
        <translation>Оваа слика не може да се прикаже: %1</translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <location filename="../ui/colorize/modellocator.cpp" line="+49"/>
        <source>ColorProxy looks for the bundled model in the file named by COLORPROXY_MODEL, then in &lt;install&gt;/share/colorproxy/models/%1, then in resources/models/%1 of the source tree.</source>
        <translation>ColorProxy го бара вградениот модел во датотеката зададена со COLORPROXY_MODEL, потоа во &lt;install&gt;/share/colorproxy/models/%1, потоа во resources/models/%1 од изворното дрво.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>finished</source>
        <translation>завршено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training, latest epoch</source>
        <translation>се тренира, последна епоха</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped</source>
        <translation>запрено</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bundled model with colour points (%1)</source>
        <translation>Вграден модел со точки на боја (%1)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>failed, last checkpoint</source>
        <translation>неуспешно, последна контролна точка</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run %1 (%2)</source>
        <translation>Извршување %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bundled model (%1)</source>
        <translation>Вграден модел (%1)</translation>
    </message>
</context>
<context>
    <name>ProbeResultFile</name>
    <message>
        <location filename="../ui/results/proberesultfile.cpp" line="+50"/>
        <source>colorization-pretrained</source>
        <translation>предтренирано со боење</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random init</source>
        <translation>случајна иницијализација</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1.</source>
        <translation>%1 не може да се прочита.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON (%2); run the probe again to rewrite it.</source>
        <translation>%1 не е валиден JSON (%2); извршете ја сондата повторно за да се запише одново.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <source>%1 holds no probe results by encoder level.</source>
        <translation>%1 не содржи резултати од сонди по ниво на енкодерот.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 holds no segmentation probe results (test mIoU per initialisation).</source>
        <translation>%1 не содржи резултати од сонда за сегментација (тест-mIoU по иницијализација).</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/core/qtstrings.cpp" line="+36"/>
        <source>&amp;Undo</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Исе&amp;чи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Залепи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Избриши</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Избери сè</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-24"/>
        <source>OK</source>
        <translation>Во ред</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Зачувај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Зачувај ги сите</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Обиди се повторно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Игнорирај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Прекини</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отфрли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Помош</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Да за &amp;сите</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е за сите</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Ресетирај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Врати стандардни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Примени</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-23"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>С&amp;ледно &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Потврди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Заврши</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Помош</translation>
    </message>
</context>
<context>
    <name>RunSnapshot</name>
    <message>
        <location filename="../ui/runs/runsnapshot.cpp" line="+117"/>
        <source>%1 is not a run folder (it has no config.json).</source>
        <translation>%1 не е папка на извршување (нема config.json).</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+4"/>
        <source>report.json could not be parsed</source>
        <translation>report.json не може да се прочита</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>running</source>
        <translation>се извршува</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed</source>
        <translation>завршено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>запрено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>неуспешно</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>colorization</source>
        <translation>боење</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fine-tuning (segmentation)</source>
        <translation>фино подесување (сегментација)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine-tuning (classification)</source>
        <translation>фино подесување (класификација)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine-tuning</source>
        <translation>фино подесување</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>experiment</source>
        <translation>експеримент</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Representation probes: %1</source>
        <translation>Сонди на репрезентации: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status: %1</source>
        <translation>Состојба: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs %1 of %2</source>
        <translation>Извршувања %1 од %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report, tables and figures: %1</source>
        <translation>Извештај, табели и слики: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch %1 of %2, iteration %3 of %4</source>
        <translation>Епоха %1 од %2, итерација %3 од %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report: %1</source>
        <translation>Извештај: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+30"/>
        <source>Reopened %1</source>
        <translation>Повторно отворено %1</translation>
    </message>
</context>
<context>
    <name>SegmentationComparison</name>
    <message>
        <location filename="../ui/compare/segmentationcomparison.cpp" line="+36"/>
        <source>%1 is not a segmentation predictions index (expected the columns index,image,prediction,truth): was the run a segmentation run?</source>
        <translation>%1 не е индекс на предвидувања за сегментација (се очекуваат колоните index,image,prediction,truth): дали извршувањето беше за сегментација?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lists no images.</source>
        <translation>%1 не наведува слики.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is a %2 run: the Compare page needs two segmentation runs (classification runs open on the Labels page).</source>
        <translation>%1 е извршување од видот %2: страницата „Споредба“ бара две извршувања за сегментација (извршувањата за класификација се отвораат на страницата „Ознаки“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 saved no test predictions: fine-tune it again with &quot;save predictions&quot; on.</source>
        <translation>%1 не зачувал предвидувања за тест: фино подесете го повторно со вклучено „save predictions“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two runs have different classes (%1 and %2): compare runs on the same dataset.</source>
        <translation>Двете извршувања имаат различни класи (%1 и %2): споредувајте извршувања на исто множество податоци.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be read; its image is left out.</source>
        <translation>%1 не може да се прочита; сликата е изоставена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The runs were scored at different image sizes (%1×%2 and %3×%4, %5): compare runs fine-tuned with the same image size.</source>
        <translation>Извршувањата се оценети на различни големини на слика (%1×%2 и %3×%4, %5): споредувајте извршувања фино подесени со иста големина на слика.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1; the image is left out (do the masks belong to this dataset?).</source>
        <translation>%1; сликата е изоставена (дали маските припаѓаат на ова множество податоци?).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n test image(s) of the baseline are missing from the pretrained run and are left out.</source>
        <translation>
            <numerusform>%n тест-слика од основната линија недостасува во предтренираното извршување и е изоставена.</numerusform>
            <numerusform>%n тест-слики од основната линија недостасуваат во предтренираното извршување и се изоставени.</numerusform>
            <numerusform>%n тест-слики од основната линија недостасуваат во предтренираното извршување и се изоставени.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The two runs&apos; saved ground truth differs on %n image(s): were they fine-tuned on the same dataset and image size? The baseline&apos;s truth is used.</source>
        <translation>
            <numerusform>Зачуваните вистински маски на двете извршувања се разликуваат на %n слика: дали се фино подесени на исто множество податоци и иста големина на слика? Се користат тие од основната линија.</numerusform>
            <numerusform>Зачуваните вистински маски на двете извршувања се разликуваат на %n слики: дали се фино подесени на исто множество податоци и иста големина на слика? Се користат тие од основната линија.</numerusform>
            <numerusform>Зачуваните вистински маски на двете извршувања се разликуваат на %n слики: дали се фино подесени на исто множество податоци и иста големина на слика? Се користат тие од основната линија.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two runs have no test image in common that could be read (%1, %2).</source>
        <translation>Двете извршувања немаат заедничка тест-слика што може да се прочита (%1, %2).</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <location filename="../ui/results/verdicttext.cpp" line="+16"/>
        <source>%1 pretraining runs</source>
        <translation>%1 извршувања на предтренирање</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seeds</source>
        <translation>%1 семиња</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the baseline (%1) did not beat the trivial predictor (%2) by %3; the pretrained network reached %4</source>
        <translation>основната линија (%1) не го надмина тривијалниот предиктор (%2) за %3; предтренираната мрежа постигна %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the pretrained network (%1) did not beat the trivial predictor (%2) by %3; the baseline reached %4</source>
        <translation>предтренираната мрежа (%1) не го надмина тривијалниот предиктор (%2) за %3; основната линија постигна %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>neither the baseline (%1) nor the pretrained network (%2) beat the trivial predictor (%3) by %4</source>
        <translation>ниту основната линија (%1) ниту предтренираната мрежа (%2) не го надминаа тривијалниот предиктор (%3) за %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This network did not learn enough to judge transfer: %1. Train longer, on more data or at a larger size.</source>
        <translation>Оваа мрежа не научи доволно за да се процени преносот: %1. Тренирајте подолго, со повеќе податоци или со поголема големина.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>gain</source>
        <translation>добивка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loss</source>
        <translation>загуба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inconclusive</source>
        <translation>неодредено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not judged</source>
        <translation>не е оценето</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>segmentation</source>
        <translation>сегментација</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classification</source>
        <translation>класификација</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>test %1</source>
        <extracomment>a metric measured on the test split, e.g. &quot;test mIoU&quot;</extracomment>
        <translation>тест-%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation %1</source>
        <extracomment>a metric measured on the validation split, e.g. &quot;validation mIoU&quot;</extracomment>
        <translation>валидациски %1</translation>
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
        <translation>1 слика</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images</source>
        <translation>%1 слики</translation>
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
        <translation>Добивка: предтренирањето со боење го подобри %1 од %2 на %3 (просечна спарена разлика %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss: colorization pretraining worsened %1 from %2 to %3 (mean paired difference %4).</source>
        <translation>Загуба: предтренирањето со боење го влоши %1 од %2 на %3 (просечна спарена разлика %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inconclusive: the difference in %1 (from %2 to %3, mean paired difference %4) cannot be told apart from run-to-run noise.</source>
        <translation>Неодредено: разликата во %1 (од %2 на %3, просечна спарена разлика %4) не може да се одвои од шумот меѓу извршувањата.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A single seed gives no interval and no test: use 6 or more.</source>
        <translation>Едно семе не дава интервал ниту тест: користете 6 или повеќе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 % CI [%1, %2] over %3; sign-flip %4, paired t-test %5.</source>
        <translation>95 % ИД [%1; %2] преку %3; тест со промена на знак %4, спарен t-тест %5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With %1 the sign-flip test cannot reach p &lt; 0.05 (its smallest p is %2): use 6 or more.</source>
        <translation>Со %1 тестот со промена на знак не може да достигне p &lt; 0,05 (неговото најмало p е %2): користете 6 или повеќе.</translation>
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
        <translation>Која било боја при осветленоста на точката: a (од зелена до црвена) надесно, b (од сина до жолта) нагоре; боите што екранот не може да ги прикаже при оваа осветленост се затемнети</translation>
    </message>
</context>
<context>
    <name>colorproxy::AboutDialog</name>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="+12"/>
        <source>About ColorProxy</source>
        <translation>За ColorProxy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;ColorProxy %1&lt;/h2&gt;&lt;p&gt;Self-supervised visual feature learning through image colorization: pretrain a colorizer on unlabelled photos, then fine-tune its weights on classification and segmentation beside a randomly initialised baseline, and see whether the pretraining helps.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methods&lt;/b&gt;&lt;br&gt;Treneska et al., &lt;i&gt;GAN-Based Image Colorization for Self-Supervised Visual Feature Learning&lt;/i&gt;, Sensors 22(4):1599, 2022.&lt;br&gt;Zhang, Isola, Efros, &lt;i&gt;Colorful Image Colorization&lt;/i&gt;, ECCV 2016.&lt;br&gt;Isola et al., &lt;i&gt;Image-to-Image Translation with Conditional Adversarial Networks&lt;/i&gt; (pix2pix), CVPR 2017.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %2 (LGPLv3), QCustomPlot (GPLv3), LibTorch (BSD), OpenCV (Apache 2.0), nlohmann/json (MIT).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ColorProxy %1&lt;/h2&gt;&lt;p&gt;Самонадгледувано учење на визуелни одлики преку боење на слики: претходно истренирајте колоризатор на неозначени фотографии, потоа фино подесете ги неговите тежини за класификација и сегментација покрај основна линија со случајна иницијализација, и видете дали предтренирањето помага.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Методи&lt;/b&gt;&lt;br&gt;Treneska et al., &lt;i&gt;GAN-Based Image Colorization for Self-Supervised Visual Feature Learning&lt;/i&gt;, Sensors 22(4):1599, 2022.&lt;br&gt;Zhang, Isola, Efros, &lt;i&gt;Colorful Image Colorization&lt;/i&gt;, ECCV 2016.&lt;br&gt;Isola et al., &lt;i&gt;Image-to-Image Translation with Conditional Adversarial Networks&lt;/i&gt; (pix2pix), CVPR 2017.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Изградено со&lt;/b&gt; Qt %2 (LGPLv3), QCustomPlot (GPLv3), LibTorch (BSD), OpenCV (Apache 2.0), nlohmann/json (MIT).&lt;/p&gt;</translation>
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
        <translation>Пред</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Colorizing…</source>
        <translation>Се бои…</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>After</source>
        <translation>Потоа</translation>
    </message>
</context>
<context>
    <name>colorproxy::ColorizePage</name>
    <message>
        <location filename="../ui/colorize/colorizepage.cpp" line="+87"/>
        <source>&lt;h2&gt;Colorize&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Боење&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here (or open or paste them). The colorizer sees only their lightness and paints the colours back at full resolution.</source>
        <translation>Пуштете фотографии или папки тука (или отворете ги или залепете ги). Колоризаторот ја гледа само нивната осветленост и ги враќа боите во полна резолуција.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open &amp;photos…</source>
        <translation>Отвори &amp;фотографии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open f&amp;older…</source>
        <translation>Отвори п&amp;апка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ste</source>
        <translation>&amp;Залепи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colorize the image (or the files) on the clipboard (%1)</source>
        <translation>Обој ја сликата (или датотеките) од клипбордот (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundled model, or a colorization run from the runs folder</source>
        <translation>Вградениот модел или извршување за боење од папката за извршувања</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Прелистај…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Annealed mean of the predicted colour distribution: low T takes the most likely colour (vivid), T = 1 the mean (safe, greyish)</source>
        <translation>Жарена средина на предвидената распределба на бои: мало T ја зема најверојатната боја (живо), T = 1 средината (безбедно, сивкаво)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Temperature:</source>
        <translation>Температура:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mode</source>
        <translation>модус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean</source>
        <translation>средина</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Dropout and pix2pix protocols: the seed of the dropout masks (sample k uses seed + k, as colorproxy-cli colorize --seed). Another seed gives another sample; the same seed repeats it.</source>
        <translation>Протоколи dropout и pix2pix: семето на dropout-маските (примерокот k користи семе + k, како colorproxy-cli colorize --seed). Друго семе дава друг примерок; истото семе го повторува.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See&amp;d:</source>
        <translation>&amp;Семе:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Drop photos or folders here, or use Open photos…, Open folder… or Paste.</source>
        <translation>Пуштете фотографии или папки тука, или користете „Отвори фотографии…“, „Отвори папка…“ или „Залепи“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to move the split; the mouse wheel zooms, the middle button (or Shift+drag) pans, a double click fits the photo again</source>
        <translation>Влечете за да ја поместите линијата; тркалцето зумира, средното копче (или Shift+влечење) ја поместува сликата, двоен клик повторно ја вклопува фотографијата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the result at full resolution (one photo pixel per screen pixel)</source>
        <translation>Прикажи го резултатот во полна резолуција (еден пиксел од фотографијата на пиксел од екранот)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Вклопи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the whole photo in the view</source>
        <translation>Вклопи ја целата фотографија во прикажувањето</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Before/after split</source>
        <translation>Поделено пред/потоа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Едно до друго</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the split between before and after lies (or drag on the image)</source>
        <translation>Каде е линијата меѓу пред и потоа (или влечете по сликата)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original colours</source>
        <translation>Оригинални бои</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the photo&apos;s own colours as “before” instead of its greyscale input</source>
        <translation>Прикажи ги сопствените бои на фотографијата како „пред“ наместо влезот во сиви тонови</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export all…</source>
        <translation>Изв&amp;ези сè…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colorize every photo in the list into a folder (dropped folders keep their structure)</source>
        <translation>Обој ја секоја фотографија од листата во папка (пуштените папки ја задржуваат својата структура)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Откажи</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Model:</source>
        <translation>Модел:</translation>
    </message>
    <message>
        <location line="+311"/>
        <source>pix2pix GAN</source>
        <translation>pix2pix GAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>313-bin classification</source>
        <translation>класификација во 313 интервали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 regression</source>
        <translation>L2-регресија</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 colorizer, trained at %2 px: %3</source>
        <translation>Колоризатор %1, трениран на %2 px: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This model cannot be used: %1</source>
        <translation>Овој модел не може да се користи: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 × %2 px, colorized in %3 s</source>
        <translation>%1 × %2 px, обоено за %3 s</translation>
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
            <numerusform>, протокол %1, %n примерок, семе %2</numerusform>
            <numerusform>, протокол %1, %n примероци, семе %2</numerusform>
            <numerusform>, протокол %1, %n примероци, семе %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Exporting %1 of %2: %3</source>
        <translation>Се извезува %1 од %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed: %2</source>
        <translation>%1 не успеа: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Export cancelled: %n photo(s) written to %1</source>
        <translation>
            <numerusform>Извозот е откажан: %n фотографија е запишана во %1</numerusform>
            <numerusform>Извозот е откажан: %n фотографии се запишани во %1</numerusform>
            <numerusform>Извозот е откажан: %n фотографии се запишани во %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n photo(s) to %1</source>
        <translation>
            <numerusform>%n фотографија е извезена во %1</numerusform>
            <numerusform>%n фотографии се извезени во %1</numerusform>
            <numerusform>%n фотографии се извезени во %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n неуспешна</numerusform>
            <numerusform>; %n неуспешни</numerusform>
            <numerusform>; %n неуспешни</numerusform>
        </translation>
    </message>
    <message>
        <location line="-432"/>
        <source>The clipboard holds no image and no files.</source>
        <translation>Клипбордот не содржи слика ниту датотеки.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Use a checkpoint file (.pt), a run folder from elsewhere, or a PyTorch pix2pix latest_net_G.pth (imported as it loads)</source>
        <translation>Користи датотека со контролна точка (.pt), папка на извршување од друго место или PyTorch pix2pix latest_net_G.pth (се увезува при вчитување)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deterministic (eval)</source>
        <translation>Детерминистички (eval)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout on (Treneska et al.)</source>
        <translation>Со dropout (Treneska et al.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch statistics + dropout (pix2pix test.py)</source>
        <translation>Статистики на серијата + dropout (pix2pix test.py)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch norm with the running statistics learned in training, dropout off: a photo always gets the same colours (pix2pix test.py --eval; the validation PSNR/SSIM of pretraining)</source>
        <translation>Batch norm со тековните статистики научени при тренирањето, без dropout: една фотографија секогаш ги добива истите бои (pix2pix test.py --eval; валидациските PSNR/SSIM на предтренирањето)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running statistics with dropout kept on at test time, as Treneska et al. test: each sample differs a little; the samples are averaged</source>
        <translation>Тековни статистики со dropout вклучен и при тестирањето, како што тестираат Treneska et al.: секој примерок малку се разликува; примероците се усреднуваат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each photo normalised with its own statistics (a training-mode batch norm on one image) and dropout on, as pix2pix&apos;s test.py without --eval</source>
        <translation>Секоја фотографија нормализирана со сопствените статистики (batch norm во режим на тренирање врз една слика) и вклучен dropout, како test.py на pix2pix без --eval</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the generator runs on your photos. The papers differ here, and the choice changes the colours (and PSNR) more than the pretext does. Results and exports use it; colour-point previews always run deterministically.</source>
        <translation>Како генераторот работи врз вашите фотографии. Трудовите тука се разликуваат, а изборот ги менува боите (и PSNR) повеќе од помошната задача. Резултатите и извозите го користат; прегледите на точките во боја секогаш се детерминистички.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Inference:</source>
        <translation>И&amp;нференција:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dropout and pix2pix protocols: the colours are the mean of this many passes, each with its own seeded dropout, so a result repeats exactly (1 = one sample, as the papers test; more = smoother and as many times slower)</source>
        <translation>Протоколите dropout и pix2pix: боите се просек од толку поминувања, секое со свој dropout со фиксно семе, па резултатот точно се повторува (1 = еден примерок, како што тестираат трудовите; повеќе = помазно и онолку пати побавно)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;mples:</source>
        <translation>П&amp;римероци:</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Colour poi&amp;nts</source>
        <translation>Точки во &amp;боја</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show or hide the colour points (hidden points still colour the photo): click the photo to tell the colorizer what colour a place has</source>
        <translation>Прикажи или скриј ги точките во боја (скриените точки сè уште ја обојуваат фотографијата): кликнете на фотографијата за да му кажете на колоризаторот каква боја има некое место</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save res&amp;ult…</source>
        <translation>За&amp;чувај резултат…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>It has no dropout, so “Dropout on” gives the deterministic colours.</source>
        <translation>Нема dropout, па „Со dropout“ ги дава детерминистичките бои.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>No model found</source>
        <translation>Не е најден модел</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File: %1</source>
        <translation>Датотека: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No colorization model found. Train one with Train ▸ New pretraining (runs in %1 appear here), or pick a checkpoint with Browse…. %2</source>
        <translation>Не е најден модел за боење. Истренирајте еден преку Тренирање ▸ Ново предтренирање (извршувањата во %1 се појавуваат тука) или изберете контролна точка со „Прелистај…“. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected %1</source>
        <translation>Избрано %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading %1…</source>
        <translation>Се вчитува %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Skipped %n item(s) that are not photos or folders with photos (e.g. %1); ColorProxy reads JPEG, PNG, BMP, TIFF and WebP.</source>
        <translation>
            <numerusform>Прескокната е %n ставка што не е фотографија или папка со фотографии (на пр. %1); ColorProxy чита JPEG, PNG, BMP, TIFF и WebP.</numerusform>
            <numerusform>Прескокнати се %n ставки што не се фотографии или папки со фотографии (на пр. %1); ColorProxy чита JPEG, PNG, BMP, TIFF и WebP.</numerusform>
            <numerusform>Прескокнати се %n ставки што не се фотографии или папки со фотографии (на пр. %1); ColorProxy чита JPEG, PNG, BMP, TIFF и WebP.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pasted image %1</source>
        <translation>Залепена слика %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dropped image %1</source>
        <translation>Пуштена слика %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+33"/>
        <source>Colorizing %1…</source>
        <translation>Се бои %1…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Pick a model to colorize %1.</source>
        <translation>Изберете модел за да се обои %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no colorized photo to save yet.</source>
        <translation>Сè уште нема обоена фотографија за зачувување.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save %1: check that its folder exists and is writable, and that the name ends in .png, .jpg, .bmp, .tif or .webp.</source>
        <translation>%1 не може да се зачува: проверете дали папката постои и може да се запишува во неа, и дали името завршува на .png, .jpg, .bmp, .tif или .webp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1, but not its colour points: %2</source>
        <translation>%1 е зачувана, но не и нејзините точки во боја: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>Зачувано %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 and its colour points (%2)</source>
        <translation>%1 и нејзините точки во боја (%2) се зачувани</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting to %1…</source>
        <translation>Се извезува во %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling the export after the current photo…</source>
        <translation>Извозот се откажува по тековната фотографија…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open photos to colorize</source>
        <translation>Отвори фотографии за боење</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos (%1)</source>
        <translation>Фотографии (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of photos</source>
        <translation>Отвори папка со фотографии</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a colorization model</source>
        <translation>Отвори модел за боење</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.pt *.pth);;All files (*)</source>
        <translation>Модели (*.pt *.pth);;Сите датотеки (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Overwrite colorized photos?</source>
        <translation>Да се презапишат обоените фотографии?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) in %1 would be replaced, for example %2.</source>
        <translation>
            <numerusform>%n датотека во %1 би била заменета, на пример %2.</numerusform>
            <numerusform>%n датотеки во %1 би биле заменети, на пример %2.</numerusform>
            <numerusform>%n датотеки во %1 би биле заменети, на пример %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Презапиши</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Save the colorized photo</source>
        <translation>Зачувај ја обоената фотографија</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG (*.png);;JPEG (*.jpg *.jpeg);;All files (*)</source>
        <translation>PNG (*.png);;JPEG (*.jpg *.jpeg);;Сите датотеки (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save failed</source>
        <translation>Зачувувањето не успеа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export colorized photos to</source>
        <translation>Извези ги обоените фотографии во</translation>
    </message>
</context>
<context>
    <name>colorproxy::ColorizeWorker</name>
    <message>
        <location filename="../ui/colorize/colorizeworker.cpp" line="+73"/>
        <location line="+47"/>
        <source>No model is loaded: pick one in the Model list first.</source>
        <translation>Не е вчитан модел: прво изберете еден од листата „Модел“.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Cannot use this photo: %1</source>
        <translation>Оваа фотографија не може да се користи: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pasted or dropped image is empty.</source>
        <translation>Залепената или пуштената слика е празна.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Colorizing %1 failed: %2</source>
        <translation>Боењето на %1 не успеа: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image</source>
        <translation>сликата</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exporting to %1 failed: %2</source>
        <translation>Извозот во %1 не успеа: %2</translation>
    </message>
</context>
<context>
    <name>colorproxy::ComparePage</name>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="+85"/>
        <source>Does colorization pretraining help segmentation? Open an experiment folder, or choose a baseline and a pretrained segmentation run, to compare their test predictions image by image.</source>
        <translation>Дали предтренирањето со боење помага за сегментација? Отворете папка на експеримент или изберете извршување за сегментација на основна линија и предтренирано, за да ги споредите нивните предвидувања за тест слика по слика.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Largest mIoU gain first</source>
        <translation>Најголема добивка на mIoU прво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest mIoU loss first</source>
        <translation>Најголема загуба на mIoU прво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest pixel-accuracy gain first</source>
        <translation>Најголема добивка на точност по пиксел прво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest pixel-accuracy loss first</source>
        <translation>Најголема загуба на точност по пиксел прво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-set order</source>
        <translation>Редослед од тест-множеството</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order of the image list: per image, pretrained minus baseline</source>
        <translation>Редослед на листата слики: по слика, предтренирано минус основна линија</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Вклопи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the images to the views (or double-click a view)</source>
        <translation>Вклопи ги сликите во прикажувањата (или двоен клик на прикажување)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One photo pixel per screen pixel; the wheel zooms, dragging pans all views</source>
        <translation>Еден пиксел од фотографијата на пиксел од екранот; тркалцето зумира, влечењето ги поместува сите прикажувања</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opacity of the masks over the photo</source>
        <translation>Непроѕирност на маските врз фотографијата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order:</source>
        <translation>Редослед:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mask opacity:</source>
        <translation>Непроѕирност на маската:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Input</source>
        <translation>Влез</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ground truth</source>
        <translation>Вистина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disagreement</source>
        <translation>Несогласување</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+111"/>
        <source>Baseline</source>
        <translation>Основна линија</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+110"/>
        <source>Pretrained</source>
        <translation>Предтренирано</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>No runs open</source>
        <translation>Нема отворени извршувања</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Image</source>
        <translation>Слика</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Δ mIoU</source>
        <translation>Δ mIoU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Δ pixel acc.</source>
        <translation>Δ точн. пиксел</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-class IoU over all test images</source>
        <translation>IoU по класа врз сите тест-слики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-class IoU of this image</source>
        <translation>IoU по класа за оваа слика</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the test predictions of %1 and %2…</source>
        <translation>Се читаат предвидувањата за тест на %1 и %2…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;%1&lt;/b&gt; test images. mIoU: baseline %2 → pretrained %3 (&lt;span style=&quot;color:%4&quot;&gt;%5&lt;/span&gt;); pixel accuracy %6 → %7 (&lt;span style=&quot;color:%8&quot;&gt;%9&lt;/span&gt;). Pretraining made %10 of the pixels right that the baseline got wrong, and %11 wrong that it got right.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; тест-слики. mIoU: основна линија %2 → предтренирано %3 (&lt;span style=&quot;color:%4&quot;&gt;%5&lt;/span&gt;); точност по пиксел %6 → %7 (&lt;span style=&quot;color:%8&quot;&gt;%9&lt;/span&gt;). Предтренирањето ги погоди %10 од пикселите што основната линија ги згреши, а ги згреши %11 што таа ги погоди.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>baseline</source>
        <translation>основна линија</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pretrained</source>
        <translation>предтренирано</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The masks of %1 can no longer be read.</source>
        <translation>Маските на %1 веќе не може да се прочитаат.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The photo %1 is not there any more.</source>
        <translation>Фотографијата %1 веќе не постои.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&lt;b&gt;Input&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Влез&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Baseline&lt;/b&gt; · mIoU %1 · pixel acc. %2</source>
        <translation>&lt;b&gt;Основна линија&lt;/b&gt; · mIoU %1 · точн. пиксел %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Pretrained&lt;/b&gt; · mIoU %1 · pixel acc. %2</source>
        <translation>&lt;b&gt;Предтренирано&lt;/b&gt; · mIoU %1 · точн. пиксел %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>only pretrained right</source>
        <translation>само предтренираното точно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only baseline right</source>
        <translation>само основната линија точно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both right</source>
        <translation>двете точно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both wrong</source>
        <translation>двете погрешно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>void (not judged)</source>
        <translation>неозначено (не се оценува)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;This image: mIoU &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;, pixel accuracy &lt;span style=&quot;color:%3&quot;&gt;%4&lt;/span&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Оваа слика: mIoU &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;, точност по пиксел &lt;span style=&quot;color:%3&quot;&gt;%4&lt;/span&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(%1: photo only)</source>
        <translation>(%1: само фотографија)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>void</source>
        <translation>неозначено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At (%1, %2): truth %3 · baseline %4 · pretrained %5</source>
        <translation>Во (%1, %2): вистина %3 · основна линија %4 · предтренирано %5</translation>
    </message>
</context>
<context>
    <name>colorproxy::CurvePlot</name>
    <message>
        <location filename="../ui/monitor/curveplot.cpp" line="+138"/>
        <source>Smoothing</source>
        <translation>Измазнување</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exponential moving average of each curve (0 = raw values)</source>
        <translation>Експоненцијален подвижен просек на секоја крива (0 = сурови вредности)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log scale</source>
        <translation>Лог. скала</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit</source>
        <translation>Вклопи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all data and follow new points (or double-click the plot)</source>
        <translation>Прикажи ги сите податоци и следи ги новите точки (или двоен клик на графиконот)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Извези</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this plot as a PNG image, or its raw points as CSV</source>
        <translation>Зачувај го графиконот како PNG-слика, или неговите сурови точки како CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plot as PNG image…</source>
        <translation>Графикон како PNG-слика…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points as CSV…</source>
        <translation>Точки како CSV…</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%1 · %2 (%n seeds)</source>
        <translation>
            <numerusform>%1 · %2 (%n семе)</numerusform>
            <numerusform>%1 · %2 (%n семиња)</numerusform>
            <numerusform>%1 · %2 (%n семиња)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+150"/>
        <source> (raw %1)</source>
        <translation> (сурово %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 не може да се запише: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Export curves as CSV</source>
        <translation>Извези ги кривите како CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-датотеки (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Извозот не успеа</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Export plot as PNG</source>
        <translation>Извези го графиконот како PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-слики (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: check that the folder exists and is writable.</source>
        <translation>%1 не може да се запише: проверете дали папката постои и дали може да се запишува во неа.</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetBrowser</name>
    <message>
        <location filename="../ui/datasets/datasetbrowser.cpp" line="+49"/>
        <source>Show one split only</source>
        <translation>Прикажи само една поделба</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only images that contain this class</source>
        <translation>Прикажи само слики што ја содржат оваа класа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search file names</source>
        <translation>Пребарај имиња на датотеки</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+194"/>
        <source>No labels</source>
        <translation>Без ознаки</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Colour</source>
        <translation>Боја</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L (lightness: the colorizer&apos;s input)</source>
        <translation>L (осветленост: влезот на колоризаторот)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a (green–red: to predict)</source>
        <translation>a (зелено–црвено: за предвидување)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>b (blue–yellow: to predict)</source>
        <translation>b (сино–жолто: за предвидување)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pretext task made visible: the network sees L and predicts a and b</source>
        <translation>Помошната задача направена видлива: мрежата го гледа L и ги предвидува a и b</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mask</source>
        <translation>Маска</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mask opacity</source>
        <translation>Непроѕирност на маската</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point at a class</source>
        <translation>Покажете на класа</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+56"/>
        <source>Pick an image in the grid.</source>
        <translation>Изберете слика во мрежата.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Open a dataset folder to browse its images.</source>
        <translation>Отворете папка со множество податоци за да ги прелистате сликите.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>void</source>
        <translation>неозначено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All splits</source>
        <translation>Сите поделби</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All classes</source>
        <translation>Сите класи</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All classes (reading masks…)</source>
        <translation>Сите класи (се читаат маските…)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n image(s) shown</source>
        <translation>
            <numerusform>%n прикажана слика</numerusform>
            <numerusform>%n прикажани слики</numerusform>
            <numerusform>%n прикажани слики</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of %1</source>
        <translation> од %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No image matches the filters.</source>
        <translation>Ниедна слика не одговара на филтрите.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading masks…</source>
        <translation>Се читаат маските…</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetForm</name>
    <message>
        <location filename="../ui/wizards/datasetform.cpp" line="+37"/>
        <source>all</source>
        <translation>сите</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>Ф&amp;ормат:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hold-out share:</source>
        <translation>&amp;Издвоен удел:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image limit:</source>
        <translation>Ограни&amp;чување на слики:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2 images)</source>
        <translation>%1 (%2 слики)</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetFormatBox</name>
    <message>
        <location filename="../ui/widgets/datasetformatbox.cpp" line="+24"/>
        <source>Detect automatically</source>
        <translation>Препознај автоматски</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image folder (recursive)</source>
        <translation>Папка со слики (рекурзивно)</translation>
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
        <translation>CamVid (распоред на SegNet)</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetStatsView</name>
    <message>
        <location filename="../ui/datasets/datasetstatsview.cpp" line="+57"/>
        <source>Images per split</source>
        <translation>Слики по поделба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images per class</source>
        <translation>Слики по класа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of mask pixels per class (%)</source>
        <translation>Удел на пиксели од маската по класа (%)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem file</source>
        <translation>Проблематична датотека</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>Поделба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Што да се направи</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Problem files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Проблематични датотеки&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a dataset to see its statistics.</source>
        <translation>Отворете множество податоци за да ја видите неговата статистика.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Counting images and mask pixels per class…</source>
        <translation>Се бројат сликите и пикселите од маските по класа…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 in %2, %3; %4.</source>
        <translation>%1 во %2, %3; %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n слика</numerusform>
            <numerusform>%n слики</numerusform>
            <numerusform>%n слики</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n split(s)</source>
        <translation>
            <numerusform>%n подмножество</numerusform>
            <numerusform>%n подмножества</numerusform>
            <numerusform>%n подмножества</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n класа</numerusform>
            <numerusform>%n класи</numerusform>
            <numerusform>%n класи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem file(s)</source>
        <translation>
            <numerusform>%n проблематична датотека</numerusform>
            <numerusform>%n проблематични датотеки</numerusform>
            <numerusform>%n проблематични датотеки</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetSummaryView</name>
    <message>
        <location filename="../ui/datasets/datasetsummaryview.cpp" line="+22"/>
        <source>Split</source>
        <translation>Поделба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usable images</source>
        <translation>Употребливи слики</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images found</source>
        <translation>Најдени слики</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With labels / masks</source>
        <translation>Со ознаки / маски</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No problems found</source>
        <translation>Не се најдени проблеми</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No dataset chosen yet.</source>
        <translation>Сè уште не е избрано множество податоци.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scanning %1 …</source>
        <translation>Се пребарува %1 …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Format:&lt;/b&gt; %1 (%2) — %3 in %4</source>
        <translation>&lt;b&gt;Формат:&lt;/b&gt; %1 (%2) — %3 во %4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n&lt;/b&gt; usable image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; употреблива слика</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; употребливи слики</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; употребливи слики</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n split(s)</source>
        <translation>
            <numerusform>%n подмножество</numerusform>
            <numerusform>%n подмножества</numerusform>
            <numerusform>%n подмножества</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&lt;b&gt;%n label class(es):&lt;/b&gt; </source>
        <translation>
            <numerusform>&lt;b&gt;%n класа на ознаки:&lt;/b&gt; </numerusform>
            <numerusform>&lt;b&gt;%n класи на ознаки:&lt;/b&gt; </numerusform>
            <numerusform>&lt;b&gt;%n класи на ознаки:&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;%n mask class(es):&lt;/b&gt; </source>
        <translation>
            <numerusform>&lt;b&gt;%n класа на маски:&lt;/b&gt; </numerusform>
            <numerusform>&lt;b&gt;%n класи на маски:&lt;/b&gt; </numerusform>
            <numerusform>&lt;b&gt;%n класи на маски:&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No labels or masks: usable for colorization pretraining.</source>
        <translation>Без ознаки или маски: употребливо за предтренирање со боење.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
… and %1 more</source>
        <translation>
… и уште %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetsPage</name>
    <message>
        <location filename="../ui/datasets/datasetspage.cpp" line="+43"/>
        <source>&lt;h2&gt;Datasets&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Множества податоци&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a folder of photos, or a COCO, Pascal VOC 2012 or CamVid dataset (or drop it here). The format is detected from the folder layout; browse the images with their labels and masks, and see the statistics and unusable files.</source>
        <translation>Отворете папка со фотографии или множество податоци COCO, Pascal VOC 2012 или CamVid (или пуштете го тука). Форматот се препознава од распоредот на папката; прелистајте ги сликите со нивните ознаки и маски и видете ја статистиката и неупотребливите датотеки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a dataset folder</source>
        <translation>Отвори папка со множество податоци</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset folder</source>
        <translation>Папка со множество податоци</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse</source>
        <translation>&amp;Прелистување</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatistics</source>
        <translation>С&amp;татистика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary</source>
        <translation>&amp;Резиме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pretrain a colorizer on this dataset…</source>
        <translation>Предтренирај колоризатор на ова множество податоци…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scanning %1 …</source>
        <translation>Се пребарува %1 …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Format:&lt;/b&gt; %1 (%2) — %3 in %4, %5</source>
        <translation>&lt;b&gt;Формат:&lt;/b&gt; %1 (%2) — %3 во %4, %5</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n&lt;/b&gt; usable image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; употреблива слика</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; употребливи слики</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; употребливи слики</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n split(s)</source>
        <translation>
            <numerusform>%n подмножество</numerusform>
            <numerusform>%n подмножества</numerusform>
            <numerusform>%n подмножества</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem file(s)</source>
        <translation>
            <numerusform>%n проблематична датотека</numerusform>
            <numerusform>%n проблематични датотеки</numerusform>
            <numerusform>%n проблематични датотеки</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>colorproxy::DeviceBox</name>
    <message>
        <location filename="../ui/widgets/devicebox.cpp" line="+6"/>
        <source>Automatic (CUDA when available, else CPU)</source>
        <translation>Автоматски (CUDA ако е достапна, инаку CPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
</context>
<context>
    <name>colorproxy::ExperimentDialog</name>
    <message>
        <location filename="../ui/wizards/experimentdialog.cpp" line="+50"/>
        <source>New experiment</source>
        <translation>Нов експеримент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does colorization pretraining help? ColorProxy pretrains a colorizer once (or reuses one), then fine-tunes a randomly initialised baseline and the pretrained network on identical data and batches for every seed, and reports the paired differences with a plain verdict.</source>
        <translation>Дали помага предтренирањето со боење? ColorProxy еднаш предтренира модел за боење (или користи постоечки), потоа за секое семе фино подесува основна мрежа со случајни тежини и предтренираната мрежа на исти податоци и серии, и ги известува спарените разлики со јасна пресуда.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Quick — the bundled samples, 64 px, minutes on a CPU</source>
        <translation>Брзо — вклучените примероци, 64 px, минути на CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study — CamVid label efficiency, 128 px, 6 seeds (about 90 minutes on 2 cores)</source>
        <translation>Студија — ефикасност на ознаки на CamVid, 128 px, 6 семиња (околу 90 минути на 2 јадра)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper — Pascal VOC 2012, 256 px, ngf 64 (a GPU helps)</source>
        <translation>Труд — Pascal VOC 2012, 256 px, ngf 64 (GPU помага)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder</source>
        <translation>Папка со податоци</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segmentati&amp;on</source>
        <translation>&amp;Сегментација</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multilabel classification</source>
        <translation>&amp;Класификација со повеќе ознаки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each seed fine-tunes one baseline and one pretrained network; the verdict needs several to tell a consistent gain from noise.</source>
        <translation>Секое семе фино подесува една основна и една предтренирана мрежа; за пресудата се потребни неколку, за да се разликува постојана добивка од шум.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>100 (every image), or e.g. 5,10,25,50,100</source>
        <translation>100 (секоја слика) или на пр. 5,10,25,50,100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label efficiency: both networks are fine-tuned on each share of the labelled training images (percentages, increasing). Smaller sets are subsets of larger ones and the same for both networks; the report plots the metric with its confidence interval against the share.</source>
        <translation>Ефикасност на ознаки: двете мрежи се фино подесуваат на секој удел од означените слики за тренирање (проценти, растечки). Помалите множества се подмножества на поголемите и се исти за двете мрежи; извештајот ја прикажува метриката со нејзиниот интервал на доверба наспроти уделот.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question</source>
        <translation>Прашање</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Поставка:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data folder:</source>
        <translation>Папка со подато&amp;ци:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks:</source>
        <translation>Задачи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eeds:</source>
        <translation>С&amp;емиња:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hares of the labels (%):</source>
        <translation>&amp;Удели на ознаките (%):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pretrain a &amp;colorizer first (part of the experiment)</source>
        <translation>Прво предтренирај модел за &amp;боење (дел од експериментот)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reuse a colorization run or model file:</source>
        <translation>Повторно користи извршување за боење или датотека со &amp;модел:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a colorization model</source>
        <translation>Изберете модел за боење</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.pt *.pth);;All files (*)</source>
        <translation>Модели (*.pt *.pth);;Сите датотеки (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a run folder, a .pt file or a pix2pix latest_net_G.pth</source>
        <translation>папка на извршување, датотека .pt или pix2pix latest_net_G.pth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bundled model</source>
        <translation>&amp;Вклучен модел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The small colorizer that comes with ColorProxy (128 px, ngf 16)</source>
        <translation>Малиот модел за боење што доаѓа со ColorProxy (128 px, ngf 16)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colorizer</source>
        <translation>Модел за боење</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all cores (%1)</source>
        <translation>сите јадра (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs folder</source>
        <translation>Папка со извршувања</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks and output</source>
        <translation>Мрежи и излез</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image size:</source>
        <translation>Големина на с&amp;лика:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generator width (ngf):</source>
        <translation>&amp;Ширина на генераторот (ngf):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;wnsamplings:</source>
        <translation>Намалува&amp;ња:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Нишки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;uns folder:</source>
        <translation>Папка со и&amp;звршувања:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the settings that will run (JSON)</source>
        <translation>Прикажи ги поставките што ќе се извршат (JSON)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start</source>
        <translation>Запо&amp;чни</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 generator, ngf %2, %3 downsamplings%4.</source>
        <translation>Генератор %1, ngf %2, %3 намалувања%4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colorization</source>
        <translation>за боење</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, trained at %1 px</source>
        <translation>, трениран на %1 px</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The data folder holds photos/, camvid/ and coco128/ (resources/samples). Pretraining uses the photos and the training images; segmentation is tested on CamVid, classification on COCO.</source>
        <translation>Папката со податоци ги содржи photos/, camvid/ и coco128/ (resources/samples). Предтренирањето ги користи фотографиите и сликите за тренирање; сегментацијата се тестира на CamVid, класификацијата на COCO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data folder is CamVid (train/, val/, test/ with their annotations). Pretraining uses the train and val images only, never test; both networks are fine-tuned on 10, 25, 50 and 100 % of the labelled training images with 6 seeds each, for the same number of steps.</source>
        <translation>Папката со податоци е CamVid (train/, val/, test/ со нивните анотации). Предтренирањето ги користи само сликите од train и val, никогаш test; двете мрежи се фино подесуваат на 10, 25, 50 и 100 % од означените слики за тренирање со по 6 семиња, со ист број чекори.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data folder is Pascal VOC 2012 (VOCdevkit/VOC2012 or the folder itself), as in the paper: segmentation on its Segmentation split, 20-class classification on Main.</source>
        <translation>Папката со податоци е Pascal VOC 2012 (VOCdevkit/VOC2012 или самата папка), како во трудот: сегментација на поделбата Segmentation, класификација со 20 класи на Main.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading %1…</source>
        <translation>Се чита %1…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose the data folder.</source>
        <translation>Изберете ја папката со податоци.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the colorization run or model file to reuse, or pretrain one first.</source>
        <translation>Изберете го извршувањето за боење или датотеката со модел за повторна употреба, или прво предтренирајте еден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the experiment a name.</source>
        <translation>Дајте му име на експериментот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the runs folder.</source>
        <translation>Изберете ја папката со извршувања.</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneDatasetPage</name>
    <message>
        <location filename="../ui/wizards/finetunedatasetpage.cpp" line="+19"/>
        <source>Labelled dataset</source>
        <translation>Означено множество податоци</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a labelled dataset</source>
        <translation>Изберете означено множество податоци</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COCO (YOLO labels or masks), Pascal VOC 2012 or CamVid root</source>
        <translation>Корен на COCO (YOLO-ознаки или маски), Pascal VOC 2012 или CamVid</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Training split:</source>
        <translation>Поделба за &amp;тренирање:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Validation split:</source>
        <translation>Поделба за &amp;валидација:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;est split:</source>
        <translation>Поделба за т&amp;ест:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When no validation split is left over, this share of the training split is held out to pick the learning curves&apos; validation points.</source>
        <translation>Кога не преостанува поделба за валидација, овој удел од поделбата за тренирање се издвојува за точките на валидација на кривите на учење.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Segmentation needs masks: CamVid, Pascal VOC SegmentationClass, or COCO masks.</source>
        <translation>Сегментацијата бара маски: CamVid, Pascal VOC SegmentationClass или COCO-маски.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification needs image labels: COCO (YOLO label files or instances JSON) or Pascal VOC annotations.</source>
        <translation>Класификацијата бара ознаки на слики: COCO (YOLO-датотеки со ознаки или instances JSON) или анотации од Pascal VOC.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a labelled dataset folder.</source>
        <translation>Изберете папка со означено множество податоци.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no segmentation masks. Choose CamVid, Pascal VOC (SegmentationClass) or COCO with masks, or go back and pick classification.</source>
        <translation>%1 нема маски за сегментација. Изберете CamVid, Pascal VOC (SegmentationClass) или COCO со маски, или вратете се назад и изберете класификација.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no image labels. Choose COCO or Pascal VOC, or go back and pick segmentation.</source>
        <translation>%1 нема ознаки на слики. Изберете COCO или Pascal VOC, или вратете се назад и изберете сегментација.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Default (train)</source>
        <translation>Стандардно (train)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default (val, else a hold-out of train)</source>
        <translation>Стандардно (val, инаку издвоен дел од train)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default (test, else val)</source>
        <translation>Стандардно (test, инаку val)</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneInitPage</name>
    <message>
        <location filename="../ui/wizards/finetuneinitpage.cpp" line="+28"/>
        <source>Initialisation</source>
        <translation>Иницијализација</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The point of the experiment: does starting from colorization weights beat starting from random ones? Train both to see.</source>
        <translation>Поентата на експериментот: дали почнувањето од тежини од боење е подобро од почнувањето од случајни? Истренирајте ги двете за да видите.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start from</source>
        <translation>Почни од</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Baseline only — random weights, N(0, 0.02)</source>
        <translation>Само &amp;основна линија — случајни тежини, N(0; 0,02)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pretrained only — the weights of a colorization run</source>
        <translation>Само &amp;предтренирано — тежините од извршување за боење</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;oth side by side — baseline, then pretrained, on the same splits</source>
        <translation>&amp;Двете едно до друго — основна линија, па предтренирано, на истите поделби</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Colorization run</source>
        <translation>Извршување за боење</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a colorization run folder</source>
        <translation>Изберете папка на извршување за боење</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run:</source>
        <translation>&amp;Извршување:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or &amp;folder:</source>
        <translation>или п&amp;апка:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Network size</source>
        <translation>Големина на мрежата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Image size:</source>
        <translation>Големина на &amp;сликата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator &amp;width (ngf):</source>
        <translation>&amp;Ширина на генераторот (ngf):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Downsamplings:</source>
        <translation>&amp;Намалувања на резолуцијата:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a pretrained run these come from its generator, so that its weights fit; the baseline uses the same sizes for a fair comparison.</source>
        <translation>Со предтренирано извршување, овие вредности доаѓаат од неговиот генератор за тежините да одговараат; основната линија ги користи истите големини за фер споредба.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a finished colorization run…</source>
        <translation>Изберете завршено извршување за боење…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — %1 %2</source>
        <translation> — %1 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 pretext, %2 px, ngf %3, %4 downsamplings, trained on %5.</source>
        <translation>Помошна задача %1, %2 px, ngf %3, %4 намалувања на резолуцијата, тренирано на %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the run&apos;s settings: %1</source>
        <translation>Поставките на извршувањето не може да се прочитаат: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the colorization run whose generator initialises the pretrained network.</source>
        <translation>Изберете го извршувањето за боење чиј генератор ја иницијализира предтренираната мрежа.</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneReviewPage</name>
    <message>
        <location filename="../ui/wizards/finetunereviewpage.cpp" line="+14"/>
        <source>Review</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One run per tab, in the order they will train. Each tab is that run&apos;s config.json.</source>
        <translation>По едно извршување во секое јазиче, по редот на тренирање. Секое јазиче е config.json на тоа извршување.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>&lt;b&gt;%n run(s)&lt;/b&gt; of %1 on &lt;b&gt;%2&lt;/b&gt;, %3 px, queued one after another; their curves share the monitor&apos;s plots.</source>
        <translation>
            <numerusform>&lt;b&gt;%n извршување&lt;/b&gt; на %1 на &lt;b&gt;%2&lt;/b&gt;, %3 px, во редица; кривите ги делат графиконите на мониторот.</numerusform>
            <numerusform>&lt;b&gt;%n извршувања&lt;/b&gt; на %1 на &lt;b&gt;%2&lt;/b&gt;, %3 px, во редица едно по друго; нивните криви ги делат графиконите на мониторот.</numerusform>
            <numerusform>&lt;b&gt;%n извршувања&lt;/b&gt; на %1 на &lt;b&gt;%2&lt;/b&gt;, %3 px, во редица едно по друго; нивните криви ги делат графиконите на мониторот.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneSchedulePage</name>
    <message>
        <location filename="../ui/wizards/finetuneschedulepage.cpp" line="+22"/>
        <source>Training schedule</source>
        <translation>Распоред на тренирање</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each phase trains for some epochs at one learning rate with some parts frozen. The paper first trains the new head on frozen pretrained weights, then fine-tunes everything.</source>
        <translation>Секоја фаза тренира неколку епохи со една стапка на учење, со некои делови замрзнати. Трудот прво ја тренира новата глава врз замрзнати предтренирани тежини, а потоа фино подесува сè.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline (random initialisation)</source>
        <translation>Основна линија (случајна иницијализација)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pretrained (colorization initialisation)</source>
        <translation>Предтренирано (иницијализација од боење)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the paper&apos;s schedules</source>
        <translation>Користи ги распоредите од трудот</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the paper&apos;s (32 classification, 16 segmentation)</source>
        <translation>од трудот (32 класификација, 16 сегментација)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch si&amp;ze:</source>
        <translation>Големина на се&amp;рија:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam β&amp;1:</source>
        <translation>Adam β&amp;1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 as Keras&apos; default, which the paper&apos;s code uses.</source>
        <translation>%1 како стандардната вредност на Keras, која ја користи кодот од трудот.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Every schedule needs at least one phase (or press &quot;Use the paper&apos;s schedules&quot;).</source>
        <translation>Секој распоред треба да има барем една фаза (или притиснете „Користи ги распоредите од трудот“).</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneSeedsPage</name>
    <message>
        <location filename="../ui/wizards/finetuneseedspage.cpp" line="+28"/>
        <source>Seeds and execution</source>
        <translation>Семиња и извршување</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the comparison with several seeds: on small datasets the difference between two runs can be larger than the effect of pretraining.</source>
        <translation>Повторете ја споредбата со неколку семиња: на мали множества податоци разликата меѓу две извршувања може да биде поголема од ефектот на предтренирањето.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 1, 2, 3 or 1-5</source>
        <translation>на пр. 1, 2, 3 или 1-5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Train each run data-parallel in this many processes on this machine</source>
        <translation>Тренирај го секое извршување паралелно по податоци во толку процеси на оваа машина</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>S&amp;ynchronised batch norm</source>
        <translation>Син&amp;хронизиран batch norm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The U-Net&apos;s batch norms use the statistics of the whole step&apos;s batch across all processes, instead of each process&apos;s own share (as PyTorch&apos;s SyncBatchNorm)</source>
        <translation>Batch norm-овите на U-Net ја користат статистиката на целиот пакет од чекорот низ сите процеси, наместо делот на секој процес (како SyncBatchNorm во PyTorch)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bfloat16 autocast</source>
        <translation>bfloat16 autocast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for run folders</source>
        <translation>Папка за папките на извршувања</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Seeds:</source>
        <translation>&amp;Семиња:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Device:</source>
        <translation>&amp;Уред:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;cesses on this machine:</source>
        <translation>Про&amp;цеси на оваа машина:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than one trains each run data-parallel: each process takes its share of every epoch with the batch size set before, gradients are averaged, and the first process writes the run folder. Synchronised batch norm makes processes × batch train like one process with the whole batch (segmentation&apos;s U-Net). Threads &quot;all cores&quot; are shared between the processes.</source>
        <translation>Повеќе од еден го тренира секое извршување паралелно по податоци: секој процес го зема својот дел од секоја епоха со претходно поставената големина на пакет, градиентите се усреднуваат, а првиот процес ја запишува папката на извршувањето. Синхронизираниот batch norm прави процеси × пакет да тренираат како еден процес со целиот пакет (U-Net на сегментацијата). Нишките „сите јадра“ се делат меѓу процесите.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Нишки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision:</source>
        <translation>Прецизност:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Runs folder:</source>
        <translation>Папка за изв&amp;ршувања:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run name &amp;prefix:</source>
        <translation>&amp;Префикс на името на извршувањето:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each run is named &lt;prefix&gt;-baseline-s&lt;seed&gt; or &lt;prefix&gt;-pretrained-s&lt;seed&gt;.</source>
        <translation>Секое извршување се вика &lt;префикс&gt;-baseline-s&lt;семе&gt; или &lt;префикс&gt;-pretrained-s&lt;семе&gt;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Seed range &quot;%1&quot; must go upwards and hold at most 100 seeds.</source>
        <translation>Опсегот на семиња „%1“ мора да биде растечки и да содржи најмногу 100 семиња.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a seed: use whole numbers such as 1, 2, 3 or a range 1-5.</source>
        <translation>„%1“ не е семе: користете цели броеви како 1, 2, 3 или опсег 1-5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give at least one seed.</source>
        <translation>Внесете барем едно семе.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n run(s) will be queued: %1</source>
        <translation>
            <numerusform>%n извршување ќе биде ставено во редица: %1</numerusform>
            <numerusform>%n извршувања ќе бидат ставени во редица: %1</numerusform>
            <numerusform>%n извршувања ќе бидат ставени во редица: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each trains in %1 processes.</source>
        <translation>Секое се тренира во %1 процеси.</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneTaskPage</name>
    <message>
        <location filename="../ui/wizards/finetunetaskpage.cpp" line="+29"/>
        <source>Downstream task</source>
        <translation>Целна задача</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the pretrained features are tested on. A randomly initialised baseline trains on the same splits, so the two can be compared.</source>
        <translation>На што се тестираат предтренираните одлики. Основна линија со случајна иницијализација тренира на истите поделби, за двете да можат да се споредат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Multilabel classification</source>
        <translation>&amp;Класификација со повеќе ознаки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Semantic segmentation</source>
        <translation>&amp;Семантичка сегментација</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The generator&apos;s encoder plus a dense head predicts which classes appear in an image (binary cross-entropy). Scored by mean average precision (mAP) and exact-match accuracy.</source>
        <translation>Енкодерот на генераторот со густа глава предвидува кои класи се појавуваат на сликата (бинарна вкрстена ентропија). Се оценува со средна просечна прецизност (mAP) и точност на целосно совпаѓање.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole U-Net with a new 1×1 output layer labels every pixel (cross-entropy, void ignored). Scored by mean intersection-over-union (mIoU) and pixel accuracy.</source>
        <translation>Целата U-Net со нов излезен слој 1×1 го означува секој пиксел (вкрстена ентропија, „void“ се игнорира). Се оценува со среден пресек над унија (mIoU) и точност по пиксел.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dense layers on the flattened bottleneck (the paper)</source>
        <translation>Густи слоеви врз израмнетото тесно грло (од трудот)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global average pooling (fewer parameters)</source>
        <translation>Глобално просечно здружување (помалку параметри)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All classes of the dataset</source>
        <translation>Сите класи од множеството податоци</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 20 Pascal VOC classes (COCO names mapped)</source>
        <translation>20-те класи од Pascal VOC (со пресликани имиња од COCO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Ниеден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median frequency balancing</source>
        <translation>Балансирање со медијанска фреквенција</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification options</source>
        <translation>Опции за класификација</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Head:</source>
        <translation>&amp;Глава:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels:</source>
        <translation>&amp;Ознаки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper classifies the 20 VOC classes; with COCO data the VOC view maps COCO&apos;s names onto them.</source>
        <translation>Трудот ги класифицира 20-те класи од VOC; со податоци од COCO, VOC-приказот ги пресликува имињата од COCO на нив.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segmentation options</source>
        <translation>Опции за сегментација</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class &amp;weights:</source>
        <translation>&amp;Тежини на класите:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights rare classes up in the loss (SegNet&apos;s median frequency balancing); the paper uses none.</source>
        <translation>Им дава поголема тежина на ретките класи во загубата (балансирање со медијанска фреквенција од SegNet); трудот не користи.</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneWizard</name>
    <message>
        <location filename="../ui/wizards/finetunewizard.cpp" line="+20"/>
        <source>New fine-tuning</source>
        <translation>Ново фино подесување</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start training</source>
        <translation>Започни тренирање</translation>
    </message>
</context>
<context>
    <name>colorproxy::HintOverlay</name>
    <message>
        <location filename="../ui/colorize/hintoverlay.cpp" line="+160"/>
        <source>Move a colour point</source>
        <translation>Премести точка во боја</translation>
    </message>
</context>
<context>
    <name>colorproxy::HintPanel</name>
    <message>
        <location filename="../ui/colorize/hintpanel.cpp" line="+81"/>
        <location line="+128"/>
        <source>Pick a model first.</source>
        <translation>Прво изберете модел.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>The side of the square a point colours, in the network&apos;s pixels</source>
        <translation>Страната на квадратот што го обојува точката, во пиксели на мрежата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze:</source>
        <translation>Го&amp;лемина:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+294"/>
        <source>Suggested colours:</source>
        <translation>Предложени бои:</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Undo</source>
        <translation>Врати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo the last change of the points (%1)</source>
        <translation>Врати ја последната промена на точките (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo (%1)</source>
        <translation>Повтори (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clea&amp;r</source>
        <translation>Исчи&amp;сти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every point (undoable)</source>
        <translation>Отстрани ги сите точки (може да се врати)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load…</source>
        <translation>&amp;Вчитај…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load points saved before (a .hints.json file)</source>
        <translation>Вчитај претходно зачувани точки (датотека .hints.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Зачувај &amp;како…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the points as a .hints.json file (Save result… also saves them beside the photo; colorproxy-cli colorize --hints reads them)</source>
        <translation>Зачувај ги точките како датотека .hints.json („Зачувај резултат…“ ги зачувува и покрај фотографијата; colorproxy-cli colorize --hints ги чита)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Colour points&lt;/b&gt;</source>
        <translation>&lt;b&gt;Точки во боја&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Points:</source>
        <translation>Точки:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the model…</source>
        <translation>Се вчитува моделот…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This model takes no colour points: it was pretrained without hints. Pick one pretrained with colour hints (colorproxy-cli pretrain --hints) to guide the colours by hand.</source>
        <translation>Овој модел не прима точки во боја: предтрениран е без насоки. Изберете модел предтрениран со насоки за боја (colorproxy-cli pretrain --hints) за рачно да ги водите боите.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model could not be loaded: %1</source>
        <translation>Моделот не може да се вчита: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a photo to place colour points on it.</source>
        <translation>Отворете фотографија за да поставите точки во боја на неа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the photo to place a colour point; drag to move it, Delete removes it.</source>
        <translation>Кликнете на фотографијата за да поставите точка во боја; влечете за да ја преместите, Delete ја отстранува.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Change a point&apos;s colour</source>
        <translation>Промени ја бојата на точка</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n point(s) · preview in %1 ms</source>
        <translation>
            <numerusform>%n точка · преглед за %1 ms</numerusform>
            <numerusform>%n точки · преглед за %1 ms</numerusform>
            <numerusform>%n точки · преглед за %1 ms</numerusform>
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
        <translation>a %1, b %2: %3 % веројатна овде</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested colours: …</source>
        <translation>Предложени бои: …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No point selected</source>
        <translation>Нема избрана точка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>L %1, a %2, b %3</source>
        <translation>L %1, a %2, b %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 at (%2, %3)</source>
        <translation>%1 на (%2, %3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not save the colour points to %1: %2. Check that the folder exists and is writable.</source>
        <translation>Точките во боја не може да се зачуваат во %1: %2. Проверете дали папката постои и дали може да се запишува во неа.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot load colour points from %1: %2
Fix the file, or place the points again and save them with Save….</source>
        <translation>Точките во боја од %1 не може да се вчитаат: %2
Поправете ја датотеката или поставете ги точките повторно и зачувајте ги со „Зачувај како…“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the photo the points belong to first, then load %1.</source>
        <translation>Прво отворете ја фотографијата на која припаѓаат точките, па вчитајте ја %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Load colour points</source>
        <translation>Вчитај точки во боја</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>Loaded %n colour point(s) from %1</source>
        <translation>
            <numerusform>Вчитана е %n точка во боја од %1</numerusform>
            <numerusform>Вчитани се %n точки во боја од %1</numerusform>
            <numerusform>Вчитани се %n точки во боја од %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the colour points</source>
        <translation>Зачувај ги точките во боја</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour points (*.hints.json *.json)</source>
        <translation>Точки во боја (*.hints.json *.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the colour points to %1</source>
        <translation>Точките во боја се зачувани во %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save failed</source>
        <translation>Зачувувањето не успеа</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colour points (*.hints.json *.json);;All files (*)</source>
        <translation>Точки во боја (*.hints.json *.json);;Сите датотеки (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot load the colour points</source>
        <translation>Точките во боја не може да се вчитаат</translation>
    </message>
</context>
<context>
    <name>colorproxy::HintPoints</name>
    <message>
        <location filename="../ui/colorize/hintpoints.cpp" line="+41"/>
        <source>Add a colour point</source>
        <translation>Додај точка во боја</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove a colour point</source>
        <translation>Отстрани точка во боја</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove all colour points</source>
        <translation>Отстрани ги сите точки во боја</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change a point&apos;s colour</source>
        <translation>Промени ја бојата на точка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change a point&apos;s size</source>
        <translation>Промени ја големината на точка</translation>
    </message>
</context>
<context>
    <name>colorproxy::HintPreviewWorker</name>
    <message>
        <location filename="../ui/colorize/hintpreviewworker.cpp" line="+112"/>
        <source>The preview failed: %1</source>
        <translation>Прегледот не успеа: %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::JobWorker</name>
    <message>
        <location filename="../ui/jobs/jobworker.cpp" line="+22"/>
        <source>The earlier curves of %1 could not be read: %2</source>
        <translation>Претходните криви на %1 не можеа да се прочитаат: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The job failed with an unknown error.</source>
        <translation>Задачата не успеа поради непозната грешка.</translation>
    </message>
</context>
<context>
    <name>colorproxy::LabelEfficiencyPanel</name>
    <message>
        <location filename="../ui/results/labelefficiencypanel.cpp" line="+24"/>
        <source>Points: mean over the seeds; bars: 95 % bootstrap interval; dashed: the trivial predictor. Per label fraction: gain or loss when the 95 % interval of the paired difference excludes 0 and p &lt; 0.05, else inconclusive; not judged when a network did not beat the trivial predictor.</source>
        <translation>Точки: просек преку семињата; линии: 95 % bootstrap интервал; испрекинато: тривијалниот предиктор. По удел на ознаки: добивка или загуба кога 95 % интервалот на спарената разлика ја исклучува 0 и p &lt; 0,05, инаку неодредено; не е оценето кога мрежата не го надминала тривијалниот предиктор.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: %2 by label fraction</source>
        <translation>%1: %2 по удел на ознаки</translation>
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
        <translation>основна линија (случајна иницијализација)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colorization-pretrained</source>
        <translation>предтренирано со боење</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trivial predictor</source>
        <translation>тривијален предиктор</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>share of the labelled training images</source>
        <translation>удел на означените слики за тренирање</translation>
    </message>
</context>
<context>
    <name>colorproxy::LabelsPage</name>
    <message>
        <location filename="../ui/labels/labelspage.cpp" line="+62"/>
        <source>Open an experiment folder, or choose a baseline and a pretrained multilabel classification run, to see their predicted label probabilities image by image and their precision-recall curves class by class.</source>
        <translation>Отворете папка на експеримент или изберете извршување за класификација со повеќе ознаки на основна линија и предтренирано, за да ги видите предвидените веројатности на ознаките слика по слика и кривите прецизност-одзив класа по класа.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Highest baseline loss first</source>
        <translation>Највисока загуба на основната линија прво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest pretrained loss first</source>
        <translation>Највисока загуба на предтренираното прво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest loss reduction by pretraining first</source>
        <translation>Најголемо намалување на загубата со предтренирање прво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most baseline label errors first</source>
        <translation>Најмногу грешки во ознаките кај основната линија прво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most pretrained label errors first</source>
        <translation>Најмногу грешки во ознаките кај предтренираното прво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-set order</source>
        <translation>Редослед од тест-множеството</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss: the image&apos;s binary cross-entropy averaged over classes; errors: labels wrong at the 0.5 threshold</source>
        <translation>Загуба: бинарната вкрстена ентропија на сликата, усреднета по класите; грешки: погрешни ознаки на праг 0,5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only true and likely classes</source>
        <translation>Само вистински и веројатни класи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the true classes and those with a probability of at least 0.1</source>
        <translation>Прикажи ги вистинските класи и оние со веројатност од најмалку 0,1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No runs open</source>
        <translation>Нема отворени извршувања</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>probability</source>
        <translation>веројатност</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>threshold 0.5</source>
        <translation>праг 0,5</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Images</source>
        <translation>Слики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision–recall by class</source>
        <translation>Прецизност–одзив по класа</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+1"/>
        <source>baseline</source>
        <translation>основна линија</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>pretrained</source>
        <translation>предтренирано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the test predictions of %1…</source>
        <translation>Се читаат предвидувањата за тест на %1…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;b&gt;%1&lt;/b&gt; test images, %2 classes. mAP: baseline %3 → pretrained %4 (&lt;span style=&quot;color:%5&quot;&gt;%6&lt;/span&gt;); exact match %7 → %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; тест-слики, %2 класи. mAP: основна линија %3 → предтренирано %4 (&lt;span style=&quot;color:%5&quot;&gt;%6&lt;/span&gt;); целосно совпаѓање %7 → %8.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Baseline</source>
        <translation>Основна линија</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pretrained</source>
        <translation>Предтренирано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; test images, %2 classes. %3 (%4): mAP %5, exact match %6.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; тест-слики, %2 класи. %3 (%4): mAP %5, целосно совпаѓање %6.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+2"/>
        <source>Image</source>
        <translation>Слика</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Loss B</source>
        <translation>Загуба О</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loss P</source>
        <translation>Загуба П</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Err B</source>
        <translation>Гр. О</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Err P</source>
        <translation>Гр. П</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Загуба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Грешки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Binary cross-entropy of the image, averaged over the classes</source>
        <translation>Бинарна вкрстена ентропија на сликата, усреднета по класите</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>Class</source>
        <translation>Класа</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Positives</source>
        <translation>Позитивни</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>AP baseline</source>
        <translation>AP основна линија</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AP pretrained</source>
        <translation>AP предтренирано</translation>
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
        <translation>%1 не може да се прочита (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>true label</source>
        <translation>вистинска ознака</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>none</source>
        <translation>ниедна</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;True labels: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Вистински ознаки: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+3"/>
        <source>&lt;p&gt;%1 predicts (≥ 0.5): %2&lt;br&gt;loss %3 · %n wrong label(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 предвидува (≥ 0,5): %2&lt;br&gt;загуба %3 · %n погрешна ознака&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%1 предвидува (≥ 0,5): %2&lt;br&gt;загуба %3 · %n погрешни ознаки&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%1 предвидува (≥ 0,5): %2&lt;br&gt;загуба %3 · %n погрешни ознаки&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;small&gt;%1 of %2 classes drawn (true or probability ≥ 0.1).&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Нацртани се %1 од %2 класи (вистински или со веројатност ≥ 0,1).&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 (%n positive(s))</source>
        <translation>
            <numerusform>%1 (%n позитивен)</numerusform>
            <numerusform>%1 (%n позитивни)</numerusform>
            <numerusform>%1 (%n позитивни)</numerusform>
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
        <translation>Боење</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare</source>
        <translation>Споредба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labels</source>
        <translation>Ознаки</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Datasets</source>
        <translation>Множества податоци</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>Тренирање</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>Извршувања</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>UI latency p50 %1 ms · p99 %2 ms</source>
        <translation>Доцнење на интерфејсот p50 %1 ms · p99 %2 ms</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Отвори множество податоци…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a dataset folder and see its format, splits and counts</source>
        <translation>Отворете папка со множество податоци и видете го форматот, поделбите и бројките</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Run…</source>
        <translation>Отвори и&amp;звршување…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen a run folder to look at its curves, previews and report</source>
        <translation>Повторно отворете папка на извршување за да ги видите кривите, прегледите и извештајот</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Излез</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;Pretraining…</source>
        <translation>Ново &amp;предтренирање…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pretrain a colorizer on unlabelled photos</source>
        <translation>Предтренирај колоризатор на неозначени фотографии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;Fine-tuning…</source>
        <translation>Ново &amp;фино подесување…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune a baseline and a pretrained network on a labelled dataset</source>
        <translation>Фино подесете основна линија и предтренирана мрежа на означено множество податоци</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New E&amp;xperiment…</source>
        <translation>Нов е&amp;ксперимент…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does pretraining help? Pretrain once, then baseline vs pretrained fine-tuning over several seeds</source>
        <translation>Дали помага предтренирањето? Предтренирај еднаш, потоа фино подесување на основната наспроти предтренираната мрежа со неколку семиња</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pause</source>
        <translation>Па&amp;уза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume the running job between batches</source>
        <translation>Паузирај или продолжи ја тековната задача меѓу сериите</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Stop</source>
        <translation>&amp;Запри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running job after the current batch (it can be resumed)</source>
        <translation>Запри ја тековната задача по тековната серија (може да се продолжи)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Datasets</source>
        <translation>&amp;Множества податоци</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+54"/>
        <source>&amp;Train</source>
        <translation>&amp;Тренирање</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Runs</source>
        <translation>&amp;Извршувања</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colorize</source>
        <translation>&amp;Боење</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Споредба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Labels</source>
        <translation>&amp;Ознаки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show UI &amp;Latency</source>
        <translation>Прикажи &amp;доцнење на интерфејсот</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure how promptly the window reacts (event-loop lateness, p50/p99)</source>
        <translation>Измери колку брзо реагира прозорецот (доцнење на јамката за настани, p50/p99)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UI latency: measuring…</source>
        <translation>Доцнење на интерфејсот: се мери…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Цел екран</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About ColorProxy</source>
        <translation>&amp;За ColorProxy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;Datasets</source>
        <translation>Неодамнешни &amp;множества податоци</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent R&amp;uns</source>
        <translation>Неодамнешни изврш&amp;увања</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;ferences…</source>
        <translation>Пос&amp;тавки…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;View</source>
        <translation>Пр&amp;иказ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>По&amp;мош</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Први чекори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Упатство за користење</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a dataset, colorize a photo, run the quick experiment and more, step by step</source>
        <translation>Отворете множество податоци, обојте фотографија, стартувајте го брзиот експеримент и друго, чекор по чекор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>За &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Главна</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Cannot open the run</source>
        <translation>Извршувањето не може да се отвори</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No pair to compare</source>
        <translation>Нема пар за споредба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Compare shows a baseline and a pretrained run of the same seed side by side. Fine-tune both (Train ▸ New Fine-tuning…, start from &quot;Both side by side&quot;), or choose two runs on the Compare page.</source>
        <translation>%1

Споредба прикажува основно и предтренирано извршување со исто семе едно до друго. Фино подесете ги двете (Тренирање ▸ Ново фино подесување…, почни од „Двете едно до друго“) или изберете две извршувања на страницата Споредба.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a dataset folder</source>
        <translation>Отвори папка со множество податоци</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a run folder</source>
        <translation>Отвори папка на извршување</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Device: %1</source>
        <translation>Уред: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auto</source>
        <translation>автоматски</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threads: %1 of %2 cores</source>
        <translation>Нишки: %1 од %2 јадра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping the running job before quitting…</source>
        <translation>Тековната задача се запира пред излез…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready</source>
        <translation>Подготвено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training: %1</source>
        <translation>Тренирање: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: %1</source>
        <translation>Паузирано: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping: %1</source>
        <translation>Се запира: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Job stopped</source>
        <translation>Задачата е запрена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job finished</source>
        <translation>Задачата е завршена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training failed</source>
        <translation>Тренирањето не успеа</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training in progress</source>
        <translation>Тренирањето е во тек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A job is running. Stop it (after the current batch; the last checkpoint stays resumable) and quit?</source>
        <translation>Се извршува задача. Да се запре (по тековната серија; последната контролна точка може да се продолжи) и да се излезе?</translation>
    </message>
</context>
<context>
    <name>colorproxy::PairedBarChart</name>
    <message>
        <location filename="../ui/runpair/pairedbarchart.cpp" line="+43"/>
        <source>baseline</source>
        <translation>основна линија</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pretrained</source>
        <translation>предтренирано</translation>
    </message>
</context>
<context>
    <name>colorproxy::PathEdit</name>
    <message>
        <location filename="../ui/widgets/pathedit.cpp" line="+24"/>
        <source>Browse…</source>
        <translation>Прелистај…</translation>
    </message>
</context>
<context>
    <name>colorproxy::PhaseTable</name>
    <message>
        <location filename="../ui/widgets/phasetable.cpp" line="+14"/>
        <source>Epochs</source>
        <translation>Епохи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning rate</source>
        <translation>Стапка на учење</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frozen parts</source>
        <translation>Замрзнати делови</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frozen parts: transferred, encoder, decoder, head, or a parameter-name prefix; separate several with commas. Empty = everything trains.</source>
        <translation>Замрзнати делови: transferred, encoder, decoder, head или префикс на име на параметар; повеќе одделете ги со запирки. Празно = сè се тренира.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add phase</source>
        <translation>Додај фаза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove phase</source>
        <translation>Отстрани фаза</translation>
    </message>
</context>
<context>
    <name>colorproxy::PrCurvePlot</name>
    <message>
        <location filename="../ui/labels/prcurveplot.cpp" line="+30"/>
        <source>recall</source>
        <translation>одзив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>прецизност</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: AP %2</source>
        <translation>%1: AP %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: AP undefined (no positive)</source>
        <translation>%1: AP недефиниран (нема позитивни)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (○ = threshold 0.5)</source>
        <translation>%1 (○ = праг 0,5)</translation>
    </message>
</context>
<context>
    <name>colorproxy::PreferencesDialog</name>
    <message>
        <location filename="../ui/main/preferencesdialog.cpp" line="+20"/>
        <source>Preferences</source>
        <translation>Поставки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System default (%1)</source>
        <translation>Стандардно за системот (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Same as the system</source>
        <translation>Исто како системот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Светла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language is used the next time ColorProxy starts.</source>
        <translation>Новиот јазик ќе се користи при следното стартување на ColorProxy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance</source>
        <translation>Изглед</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Јазик:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainDatasetPage</name>
    <message>
        <location filename="../ui/wizards/pretraindatasetpage.cpp" line="+21"/>
        <source>Dataset</source>
        <translation>Множество податоци</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colorization needs no labels: any folder of colour photos works, as do COCO, Pascal VOC and CamVid folders. Grayscale images are left out — they have no colour to learn.</source>
        <translation>За боењето не се потребни ознаки: секоја папка со фотографии во боја е добра, како и папките на COCO, Pascal VOC и CamVid. Сликите во сиви тонови се изоставаат — немаат боја од која ќе се учи.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a dataset folder</source>
        <translation>Изберете папка со множество податоци</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of images, or a COCO / VOC / CamVid root</source>
        <translation>Папка со слики или корен на COCO / VOC / CamVid</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Training split:</source>
        <translation>Поделба за &amp;тренирање:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Validation split:</source>
        <translation>Поделба за &amp;валидација:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used when validation images come from the training split: this share is held out to score PSNR/SSIM and draw previews each epoch.</source>
        <translation>Се користи кога сликите за валидација доаѓаат од поделбата за тренирање: овој удел се издвојува за мерење на PSNR/SSIM и цртање прегледи во секоја епоха.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feature probe while pretraining (labelled dataset, optional)</source>
        <translation>Сонда на обележја при предтренирањето (означено множество податоци, по избор)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a labelled dataset for the feature probe</source>
        <translation>Изберете означено множество податоци за сондата на обележја</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: no probe</source>
        <translation>Ништо: без сонда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Probe dataset:</source>
        <translation>Множество за &amp;сондата:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After every epoch a k-NN probe classifies this dataset&apos;s images by the encoder&apos;s bottleneck features and writes its test mAP to metrics.csv (probe_knn_mAP); the monitor draws it beside SSIM. Use a dataset with image labels (COCO, Pascal VOC, YOLO). It changes no weights.</source>
        <translation>По секоја епоха k-NN сонда ги класифицира сликите од ова множество податоци според обележјата од тесното грло на енкодерот и ја запишува нивната тест-mAP во metrics.csv (probe_knn_mAP); мониторот ја црта покрај SSIM. Користете множество податоци со ознаки на слики (COCO, Pascal VOC, YOLO). Не менува ниту една тежина.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a dataset folder.</source>
        <translation>Изберете папка со множество податоци.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Reader&apos;s default (training split, or every image)</source>
        <translation>Стандардно за читачот (поделба за тренирање или сите слики)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader&apos;s default (validation split, else a hold-out)</source>
        <translation>Стандардно за читачот (поделба за валидација, инаку издвоен дел)</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainDevicePage</name>
    <message>
        <location filename="../ui/wizards/pretraindevicepage.cpp" line="+27"/>
        <source>Device, threads and output</source>
        <translation>Уред, нишки и излез</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the training runs and where its run folder (config, metrics, checkpoints, previews) is written.</source>
        <translation>Каде се извршува тренирањето и каде се запишува неговата папка (конфигурација, метрики, контролни точки, прегледи).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Synchronised batch norm</source>
        <translation>&amp;Синхронизиран batch norm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The generator&apos;s batch norms normalise with the statistics of the whole step&apos;s batch, summed over all processes, instead of each process&apos;s own share (as PyTorch&apos;s SyncBatchNorm)</source>
        <translation>Batch norm-овите на генераторот нормализираат со статистиките на целата серија на чекорот, собрани од сите процеси, наместо со делот на секој процес (како SyncBatchNorm на PyTorch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bfloat16 autocast</source>
        <translation>bfloat16 autocast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels-last memory format</source>
        <translation>Мемориски формат channels-last</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for run folders</source>
        <translation>Папка за папките на извршувања</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Device:</source>
        <translation>&amp;Уред:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;cesses on this machine:</source>
        <translation>Про&amp;цеси на оваа машина:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than one trains data-parallel: each process takes its share of every epoch with the batch size set before (so a step sees batch × processes images), gradients are averaged, and the first process writes the run folder. Batch-norm statistics stay each process&apos;s own unless synchronised: then processes × batch train like one process with the whole batch, worth it when the batch per process is small. Threads &quot;all cores&quot; are shared between the processes. For several machines use the command line (torchrun or srun).</source>
        <translation>Повеќе од еден тренира податочно-паралелно: секој процес го зема својот дел од секоја епоха со претходно избраната големина на серија (еден чекор гледа серија × процеси слики), градиентите се усреднуваат, а првиот процес ја запишува папката на извршувањето. Статистиките на batch norm остануваат на секој процес посебно, освен ако се синхронизирани: тогаш процеси × серија тренираат како еден процес со целата серија, што вреди кога серијата по процес е мала. Нишките „сите јадра“ се делат меѓу процесите. За повеќе машини користете ја командната линија (torchrun или srun).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Нишки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATen threads of the training thread. This machine has %1 logical cores; leave one free if you want to keep working while it trains.</source>
        <translation>ATen-нишки на нишката за тренирање. Оваа машина има %1 логички јадра; оставете едно слободно ако сакате да продолжите да работите додека тренира.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Precision:</source>
        <translation>Прецизност:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On CPUs with AMX or AVX-512 BF16, bfloat16 convolutions run several times faster; results differ slightly from float32.</source>
        <translation>На процесори со AMX или AVX-512 BF16, конволуциите во bfloat16 се неколку пати побрзи; резултатите малку се разликуваат од float32.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Loader threads:</source>
        <translation>Нишки за &amp;вчитување:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decode, resize and Lab conversion run ahead of the trainer on these threads.</source>
        <translation>Декодирањето, промената на големина и претворањето во Lab се извршуваат пред тренерот на овие нишки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Runs folder:</source>
        <translation>Папка за изв&amp;ршувања:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run na&amp;me:</source>
        <translation>&amp;Име на извршувањето:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run folder is &lt;runs folder&gt;/&lt;date-time&gt;-&lt;name&gt;.</source>
        <translation>Папката на извршувањето е &lt;папка за извршувања&gt;/&lt;датум-време&gt;-&lt;име&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview images:</source>
        <translation>Слики за &amp;преглед:</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainHyperparameterPage</name>
    <message>
        <location filename="../ui/wizards/pretrainhyperparameterpage.cpp" line="+24"/>
        <source>Hyperparameters</source>
        <translation>Хиперпараметри</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defaults follow pix2pix and the paper; the preset chosen on the previous page adjusted the batch and schedule for its size.</source>
        <translation>Стандардните вредности ги следат pix2pix и трудот; претходно избраната поставка на претходната страница ги прилагоди серијата и распоредот според големината.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Random horizontal flips</source>
        <translation>Случајни хоризонтални превртувања</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>110 (pix2pix)</source>
        <translation>110 (pix2pix)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>128 (the paper&apos;s code)</source>
        <translation>128 (кодот од трудот)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Learning rate:</source>
        <translation>Стапка на &amp;учење:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s step size. pix2pix and the paper&apos;s code use %1.</source>
        <translation>Големина на чекорот на Adam. pix2pix и кодот од трудот користат %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam β&amp;1:</source>
        <translation>Adam β&amp;1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum of Adam. %1 (pix2pix) keeps adversarial training stable.</source>
        <translation>Моментум на Adam. %1 (pix2pix) го одржува адверзаријалното тренирање стабилно.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch si&amp;ze:</source>
        <translation>Големина на се&amp;рија:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ab s&amp;caling:</source>
        <translation>&amp;Скалирање на ab:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Decoding: 1 = mean of the colour distribution (washed out), towards 0 = its mode (vivid, noisy). Zhang et al.: %1.</source>
        <translation>Декодирање: 1 = средина на распределбата на бои (избледено), кон 0 = нејзиниот модус (живо, шумно). Zhang et al.: %1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Epochs:</source>
        <translation>&amp;Епохи:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Quarter size, as Zhang et al.</source>
        <translation>&amp;Четвртина големина, како Zhang et al.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passes over the training images, decay epochs included. The paper: 20 epochs on 83k COCO images.</source>
        <translation>Поминувања низ сликите за тренирање, вклучувајќи ги епохите на опаѓање. Трудот: 20 епохи на 83 илјади слики од COCO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decay epochs:</source>
        <translation>Епохи на &amp;опаѓање:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last N epochs lower the learning rate linearly towards zero (pix2pix&apos;s schedule).</source>
        <translation>Последните N епохи ја намалуваат стапката на учење линеарно кон нула (распоредот на pix2pix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images per step. The paper uses 32; on a CPU small batches update more often per minute.</source>
        <translation>Слики по чекор. Трудот користи 32; на процесор, малите серии ажурираат почесто во минута.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seed:</source>
        <translation>Се&amp;ме:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixes initial weights, shuffling and augmentation so a run repeats exactly.</source>
        <translation>Ги фиксира почетните тежини, мешањето и аугментацијата за извршувањето да се повтори точно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augmentation:</source>
        <translation>Аугментација:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flipped photos are still plausible photos: free extra data.</source>
        <translation>Превртените фотографии се сè уште уверливи фотографии: бесплатни дополнителни податоци.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divides a and b to map them to [−1, 1] for the tanh output.</source>
        <translation>Ги дели a и b за да ги преслика во [−1, 1] за излезот tanh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L1 &amp;weight λ:</source>
        <translation>&amp;Тежина на L1 λ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of the L1 term against the adversarial loss (pix2pix: 100). Higher = safer, duller colours.</source>
        <translation>Тежина на L1-членот наспроти адверзаријалната загуба (pix2pix: 100). Повисока = посигурни, поблаги бои.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annealing &amp;temperature T:</source>
        <translation>&amp;Температура на жарење T:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rebalancing λ:</source>
        <translation>&amp;Ребалансирање λ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixes the training set&apos;s colour prior with a uniform one to up-weight rare colours (0.5 in Zhang et al.; 1 switches rebalancing off).</source>
        <translation>Ја меша априорната распределба на бои од множеството за тренирање со рамномерна за да им даде поголема тежина на ретките бои (0,5 кај Zhang et al.; 1 го исклучува ребалансирањето).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logits:</source>
        <translation>Логити:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: the whole U-Net predicts the 313 colour classes at every pixel, so every decoder level learns (segmentation fine-tunes them all). On: a small head predicts them at a quarter of the size and the colours are upsampled, as in Zhang et al.; several times faster.</source>
        <translation>Исклучено: целата U-Net ги предвидува 313-те класи на бои во секој пиксел, па секое ниво на декодерот учи (сегментацијата ги дотерува сите). Вклучено: мала глава ги предвидува на четвртина од големината, а боите се зголемуваат, како кај Zhang et al.; неколку пати побрзо.</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainModelPage</name>
    <message>
        <location filename="../ui/wizards/pretrainmodelpage.cpp" line="+23"/>
        <source>Pretext task and model size</source>
        <translation>Помошна задача и големина на моделот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the network learns to predict from the grey (L) channel, and how big it is.</source>
        <translation>Што учи мрежата да предвидува од сивиот канал (L) и колку е голема.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pretext task</source>
        <translation>Помошна задача</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;GAN colorization (pix2pix cGAN + λ·L1) — the paper&apos;s method</source>
        <translation>Боење со &amp;GAN (pix2pix cGAN + λ·L1) — методот од трудот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Classification over 313 ab bins (Zhang et al. 2016)</source>
        <translation>&amp;Класификација во 313 ab-интервали (Zhang et al. 2016)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;L2 regression of ab</source>
        <translation>&amp;L2-регресија на ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A U-Net generator predicts a and b from L; a PatchGAN discriminator judges (L, ab) pairs. Loss: adversarial + λ·L1. Vivid colours; the weights transfer to classification and segmentation.</source>
        <translation>U-Net-генератор ги предвидува a и b од L; PatchGAN-дискриминатор ги оценува паровите (L, ab). Загуба: адверзаријална + λ·L1. Живи бои; тежините се пренесуваат на класификација и сегментација.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicts a distribution over 313 quantised colours with class rebalancing, decoded by annealed mean. Avoids the washed-out average colours of regression.</source>
        <translation>Предвидува распределба врз 313 квантизирани бои со ребалансирање на класите, декодирана со жарена средина. Ги избегнува избледените просечни бои на регресијата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain mean-squared-error regression: the simplest baseline. Tends towards greyish, desaturated colours because it averages plausible answers.</source>
        <translation>Обична регресија со средна квадратна грешка: наједноставната основна линија. Тежнее кон сивкави, бледи бои бидејќи ги усреднува уверливите одговори.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Train for colour points (hint-conditioned model)</source>
        <translation>&amp;Тренирај за точки во боја (модел условен со насоки)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The generator also takes colour points a user places (their colour and where they are) and learns from points simulated on the training photos (Zhang, Zhu et al. 2017). The Colorize page then lets you guide its colours by clicking on the photo; fine-tuning can start from it as from any colorizer.</source>
        <translation>Генераторот прима и точки во боја што ги поставува корисникот (нивната боја и каде се) и учи од точки симулирани врз фотографиите за тренирање (Zhang, Zhu et al. 2017). Страницата „Боење“ потоа ви овозможува да ги насочувате неговите бои со кликање врз фотографијата; финото подесување може да тргне од него како од секој колоризатор.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paper: 256 px, ngf 64, 8 downsamplings</source>
        <translation>Труд: 256 px, ngf 64, 8 намалувања на резолуцијата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU-friendly small: 64 px, ngf 16</source>
        <translation>Мал, погоден за процесор: 64 px, ngf 16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiny: 32 px, ngf 8 (smoke tests)</source>
        <translation>Сосема мал: 32 px, ngf 8 (брзи тестови)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Прилагодено</translation>
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
        <translation>70×70 PatchGAN (pix2pix)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16×16 output map (the paper&apos;s code)</source>
        <translation>Излезна мапа 16×16 (кодот од трудот)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vanilla (binary cross-entropy)</source>
        <translation>Стандардна (бинарна вкрстена ентропија)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least squares (LSGAN)</source>
        <translation>Најмали квадрати (LSGAN)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model size</source>
        <translation>Големина на моделот</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Поставка:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image size:</source>
        <translation>Големина на &amp;сликата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;oad size:</source>
        <translation>Големина при &amp;вчитување:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images are resized to the load size, then randomly cropped to the image size (jitter). Equal sizes turn the jitter off.</source>
        <translation>Сликите се менуваат на големината при вчитување, потоа случајно се сечат на големината на сликата (треперење). Еднакви големини го исклучуваат треперењето.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generator &amp;width (ngf):</source>
        <translation>&amp;Ширина на генераторот (ngf):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Downsamplings:</source>
        <translation>&amp;Намалувања на резолуцијата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image size must be divisible by 2^downsamplings; 8 at 256 px gives pix2pix&apos;s unet_256 with a 1×1 bottleneck.</source>
        <translation>Големината на сликата мора да е делива со 2^намалувања; 8 при 256 px го дава unet_256 од pix2pix со тесно грло 1×1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discriminator width (nd&amp;f):</source>
        <translation>Ширина на дискриминаторот (nd&amp;f):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di&amp;scriminator:</source>
        <translation>Д&amp;искриминатор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;AN loss:</source>
        <translation>GAN-&amp;загуба:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Preset values: batch %1, %2 epochs (%3 decaying), learning rate %4 — adjustable on the next page.</source>
        <translation>Вредности од поставката: серија %1, %2 епохи (%3 со опаѓање), стапка на учење %4 — може да се променат на следната страница.</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainReviewPage</name>
    <message>
        <location filename="../ui/wizards/pretrainreviewpage.cpp" line="+11"/>
        <source>Review</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These settings will be written to the run&apos;s config.json. Start training, or go back to change something.</source>
        <translation>Овие поставки ќе бидат запишани во config.json на извршувањето. Започнете со тренирање или вратете се назад за да промените нешто.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;%1&lt;/b&gt; pretext on &lt;b&gt;%2&lt;/b&gt;: %3 px images, ngf %4, %5 epochs of batch %6, run folder under &lt;b&gt;%7&lt;/b&gt;.</source>
        <translation>Помошна задача &lt;b&gt;%1&lt;/b&gt; на &lt;b&gt;%2&lt;/b&gt;: слики од %3 px, ngf %4, %5 епохи со серија %6, папка на извршувањето во &lt;b&gt;%7&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainWizard</name>
    <message>
        <location filename="../ui/wizards/pretrainwizard.cpp" line="+17"/>
        <source>New colorization pretraining</source>
        <translation>Ново предтренирање за боење</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start training</source>
        <translation>Започни тренирање</translation>
    </message>
</context>
<context>
    <name>colorproxy::PreviewGrid</name>
    <message>
        <location filename="../ui/monitor/previewgrid.cpp" line="+22"/>
        <source>Predictions on fixed validation images appear here after each epoch: grey input | prediction | ground truth.</source>
        <translation>Предвидувањата на фиксни слики за валидација се појавуваат тука по секоја епоха: сив влез | предвидување | вистина.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to enlarge</source>
        <translation>Кликнете за зголемување</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which run&apos;s previews to show</source>
        <translation>Прегледите од кое извршување да се прикажат</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step back through earlier epochs</source>
        <translation>Вратете се низ претходните епохи</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Validation previews</source>
        <translation>Прегледи на валидација</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>grey input | prediction | truth</source>
        <translation>сив влез | предвидување | вистина</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>this run</source>
        <translation>ова извршување</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No previews yet</source>
        <translation>Сè уште нема прегледи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Epoch %1 (%2 of %3 saved)</source>
        <translation>Епоха %1 (%2 од %3 зачувани)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation previews — %1</source>
        <translation>Прегледи за валидација — %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::ProbePlot</name>
    <message>
        <location filename="../ui/results/probeplot.cpp" line="+134"/>
        <source>encoder level (0 = first, highest resolution)</source>
        <translation>ниво на енкодерот (0 = прво, највисока резолуција)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test mAP</source>
        <translation>тест-mAP</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Frozen-encoder probes (%1): test mAP per encoder level, mean over %n seed(s) with 95 % intervals; %2 test images, %3 classes.</source>
        <translation>
            <numerusform>Сонди на замрзнати енкодери (%1): тест-mAP по ниво на енкодерот, просек од %n семе со интервали од 95 %; %2 тест-слики, %3 класи.</numerusform>
            <numerusform>Сонди на замрзнати енкодери (%1): тест-mAP по ниво на енкодерот, просек од %n семиња со интервали од 95 %; %2 тест-слики, %3 класи.</numerusform>
            <numerusform>Сонди на замрзнати енкодери (%1): тест-mAP по ниво на енкодерот, просек од %n семиња со интервали од 95 %; %2 тест-слики, %3 класи.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Pretrained: %1.</source>
        <translation>Предтренирано: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>initialisation of the frozen network (a 1×1 convolution reads its decoder&apos;s last features)</source>
        <translation>иницијализација на замрзнатата мрежа (конволуција 1×1 ги чита последните карактеристики на нејзиниот декодер)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test mIoU</source>
        <translation>тест-mIoU</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Segmentation probe (%1): test mIoU per initialisation, mean over %n seed(s) with 95 % intervals; %2 test images, %3 classes.</source>
        <translation>
            <numerusform>Сонда за сегментација (%1): тест-mIoU по иницијализација, просек од %n семе со интервали од 95 %; %2 тест-слики, %3 класи.</numerusform>
            <numerusform>Сонда за сегментација (%1): тест-mIoU по иницијализација, просек од %n семиња со интервали од 95 %; %2 тест-слики, %3 класи.</numerusform>
            <numerusform>Сонда за сегментација (%1): тест-mIoU по иницијализација, просек од %n семиња со интервали од 95 %; %2 тест-слики, %3 класи.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>majority class everywhere</source>
        <translation>најчестата класа насекаде</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: linear</source>
        <translation>%1: линеарна</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: k-NN</source>
        <translation>%1: k-NN</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>chance (a constant score)</source>
        <translation>случајност (константна оценка)</translation>
    </message>
</context>
<context>
    <name>colorproxy::ProblemText</name>
    <message>
        <location filename="../ui/wizards/problemtext.cpp" line="+24"/>
        <source>Dataset folder</source>
        <translation>Папка на податочното множество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold-out share</source>
        <translation>Издвоен удел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image limit</source>
        <translation>Ограничување на слики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loader threads</source>
        <translation>Нишки за вчитување</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Големина на слика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load size</source>
        <translation>Големина при вчитување</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator width (ngf)</source>
        <translation>Ширина на генераторот (ngf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminator width (ndf)</source>
        <translation>Ширина на дискриминаторот (ndf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsamplings</source>
        <translation>Намалувања на резолуцијата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Стапка на учење</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam β1</source>
        <translation>Adam β1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>Епохи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decay epochs</source>
        <translation>Епохи на опаѓање</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Големина на серија</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L1 weight λ</source>
        <translation>Тежина на L1 λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annealing temperature T</source>
        <translation>Температура на жарење T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebalancing λ</source>
        <translation>Ребалансирање λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>Нишки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview images</source>
        <translation>Слики за преглед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs folder</source>
        <translation>Папка за извршувања</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run name</source>
        <translation>Име на извршувањето</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe dataset</source>
        <translation>Множество за сондата</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is empty: fill it in.</source>
        <translation>%1 е празно: пополнете го.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not an existing folder.</source>
        <translation>%1: „%2“ не е постоечка папка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 мора да биде меѓу %2 и %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a multiple of %2 (2 to the power of the downsamplings).</source>
        <translation>%1 мора да биде множител на %2 (2 на степен бројот на намалувања на резолуцијата).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 мора да биде најмалку %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be 0 (all) or more.</source>
        <translation>%1 мора да биде 0 (сите) или повеќе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be above 0.</source>
        <translation>%1 мора да биде поголемо од 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be at least 0 and below 1.</source>
        <translation>%1 мора да биде најмалку 0 и помало од 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be above 0 and at most 1.</source>
        <translation>%1 мора да биде поголемо од 0 и најмногу 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be between 0 and 1.</source>
        <translation>%1 мора да биде меѓу 0 и 1.</translation>
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
        <translation>Претходна слика (Page Up)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next image (Page Down)</source>
        <translation>Следна слика (Page Down)</translation>
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
        <translation>Отвори &amp;експеримент…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An experiment folder (or a runs folder): its baseline and pretrained %1 runs are paired by seed</source>
        <translation>Папка на експеримент (или папка за извршувања): нејзините извршувања %1 на основна линија и предтренирани се спаруваат по семе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Two R&amp;uns…</source>
        <translation>Изберете две из&amp;вршувања…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a baseline run folder, then a pretrained run folder</source>
        <translation>Изберете папка на извршување на основна линија, па папка на предтренирано извршување</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which baseline/pretrained pair to compare</source>
        <translation>Кој пар основна линија/предтренирано да се спореди</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+35"/>
        <location line="+19"/>
        <source>Baseline: %1
Pretrained: %2</source>
        <translation>Основна линија: %1
Предтренирано: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 holds no finished pair of baseline and pretrained %2 runs with saved predictions. Open an experiment folder (colorproxy-cli experiment) or choose two run folders.</source>
        <translation>%1 не содржи завршен пар извршувања %2 на основна линија и предтренирано со зачувани предвидувања. Отворете папка на експеримент (colorproxy-cli experiment) или изберете две папки на извршувања.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 vs %2</source>
        <translation>%1 наспроти %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one run</source>
        <translation>едно извршување</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>two runs</source>
        <translation>две извршувања</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open an experiment or runs folder</source>
        <translation>Отвори папка на експеримент или на извршувања</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the baseline (random init) run</source>
        <translation>Изберете го извршувањето на основната линија (случајна иницијализација)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the pretrained run to compare with %1 (Cancel: look at it alone)</source>
        <translation>Изберете го предтренираното извршување за споредба со %1 (Откажи: разгледајте го само него)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the pretrained run to compare with %1</source>
        <translation>Изберете го предтренираното извршување за споредба со %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::RunsPage</name>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="+69"/>
        <source>Runs folder</source>
        <translation>Папка за извршувања</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Осв&amp;ежи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Состојба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Создадено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;sume</source>
        <translation>Продол&amp;жи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue an interrupted run exactly from its latest checkpoint</source>
        <translation>Продолжете прекинато извршување точно од неговата последна контролна точка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Изб&amp;риши…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show fo&amp;lder</source>
        <translation>Прикажи &amp;папка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Runs folder:</source>
        <translation>Папка за извршувања:</translation>
    </message>
    <message>
        <location line="+117"/>
        <source> (epoch %1/%2)</source>
        <translation> (епоха %1/%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (run %1/%2)</source>
        <translation> (извршување %1/%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreadable</source>
        <translation>нечитливо</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 (epoch %3)</source>
        <translation>%1 %2 (епоха %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no report</source>
        <translation>нема извештај</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>representation probe</source>
        <translation>сонда на репрезентации</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No runs in %1 yet. Start one from Train ▸ New pretraining.</source>
        <translation>Сè уште нема извршувања во %1. Започнете едно од Тренирање ▸ Ново предтренирање.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open in Co&amp;mpare</source>
        <translation>Отвори во &amp;Споредба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline and pretrained masks of this run&apos;s seed side by side</source>
        <translation>Основни и предтренирани маски за семето на ова извршување, една до друга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;Labels</source>
        <translation>Отвори во &amp;Ознаки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted labels of this run (and its baseline/pretrained partner)</source>
        <translation>Предвидени ознаки на ова извршување (и на неговиот основен/предтрениран партнер)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading %1 …</source>
        <translation>Се чита %1 …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run in progress</source>
        <translation>Извршувањето е во тек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is being trained right now. Stop it first, then delete it.</source>
        <translation>%1 токму сега се тренира. Прво запрете го, па избришете го.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Delete run</source>
        <translation>Избриши извршување</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete the run folder %1 with its checkpoints, metrics and previews? This cannot be undone.</source>
        <translation>Да се избрише папката на извршувањето %1 со контролните точки, метриките и прегледите? Ова не може да се врати.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not delete everything in %1. Check the folder&apos;s permissions.</source>
        <translation>Не може да се избрише сè во %1. Проверете ги дозволите на папката.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No run opened</source>
        <translation>Не е отворено извршување</translation>
    </message>
</context>
<context>
    <name>colorproxy::SampleView</name>
    <message>
        <location filename="../ui/datasets/sampleview.cpp" line="+109"/>
        <source>unknown id %1</source>
        <translation>непознат id %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2, %3</source>
        <translation>%1 во %2, %3</translation>
    </message>
</context>
<context>
    <name>colorproxy::ThreadsBox</name>
    <message>
        <location filename="../ui/widgets/threadsbox.cpp" line="+12"/>
        <source>All cores (%1)</source>
        <translation>Сите јадра (%1)</translation>
    </message>
</context>
<context>
    <name>colorproxy::ThumbnailModel</name>
    <message>
        <location filename="../ui/datasets/thumbnailmodel.cpp" line="+32"/>
        <source>unreadable</source>
        <translation>нечитливо</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Split: %1</source>
        <translation>Поделба: %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::TrainPage</name>
    <message>
        <location filename="../ui/main/trainpage.cpp" line="+14"/>
        <source>New &amp;pretraining…</source>
        <translation>Ново &amp;предтренирање…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New fine-t&amp;uning…</source>
        <translation>Ново &amp;фино подесување…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New e&amp;xperiment…</source>
        <translation>Нов е&amp;ксперимент…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pretrain once, then baseline vs pretrained fine-tuning over several seeds, with a report</source>
        <translation>Предтренирај еднаш, потоа фино подесување на основната наспроти предтренираната мрежа со неколку семиња, со извештај</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No job queued.</source>
        <translation>Нема задачи во редица.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued next: %1</source>
        <translation>Следно во редица: %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::TrainingMonitor</name>
    <message>
        <location filename="../ui/monitor/trainingmonitor.cpp" line="+73"/>
        <location line="+174"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Pause after the current batch (Ctrl+P)</source>
        <translation>Паузирај по тековната серија (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Запри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch; the last checkpoint can be resumed later</source>
        <translation>Запри по тековната серија; последната контролна точка може да се продолжи подоцна</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>iteration</source>
        <translation>итерација</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+95"/>
        <location line="+3"/>
        <source>loss</source>
        <translation>загуба</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>epoch</source>
        <translation>епоха</translation>
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
        <translation>Пораки од дневникот на моторот</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>No training yet</source>
        <translation>Сè уште нема тренирање</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a pretraining run from the Train menu, or reopen a run from the Runs page.</source>
        <translation>Започнете предтренирање од менито „Тренирање“ или повторно отворете извршување од страницата „Извршувања“.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Loss by iteration</source>
        <translation>Загуба по итерација</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics by epoch</source>
        <translation>Метрики по епоха</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previews</source>
        <translation>Прегледи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Дневник</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training curves</source>
        <translation>Криви на тренирање</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stop training?</source>
        <translation>Да се запре тренирањето?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop %1 after the current batch? The last checkpoint stays; Resume on the Runs page continues from it.</source>
        <translation>Да се запре %1 по тековната серија? Последната контролна точка останува; Продолжи на страницата Извршувања продолжува од неа.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>training loss</source>
        <translation>загуба при тренирање</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mIoU / mAP</source>
        <translation>mIoU / mAP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting…</source>
        <translation>Се стартува…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+22"/>
        <source>Running</source>
        <translation>Се извршува</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Resume</source>
        <translation>Продолжи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused — the trainer waits between batches</source>
        <translation>Паузирано — тренерот чека меѓу сериите</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping after the current batch…</source>
        <translation>Се запира по тековната серија…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>epoch %1/%2</source>
        <translation>епоха %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iteration %1/%2</source>
        <translation>итерација %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 images/s</source>
        <translation>%1 слики/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elapsed %1</source>
        <translation>поминато %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA %1</source>
        <translation>преостанува %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lr %1</source>
        <translation>lr %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>process %1: %2</source>
        <translation>процес %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images/s per process — %1</source>
        <translation>Слики/с по процес — %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SSIM · k-NN probe mAP</source>
        <translation>SSIM · mAP на k-NN сондата</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Epoch %1/%2 done: %3</source>
        <translation>Епоха %1/%2 завршена: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (resumed)</source>
        <translation>%1 (продолжено)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resumed — running</source>
        <translation>Продолжено — се извршува</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed at iteration %1 (epoch %2) — running</source>
        <translation>Продолжено на итерација %1 (епоха %2) — се извршува</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier curves and previews of %1: %2 iterations, %3 epochs, %4 previews</source>
        <translation>Претходни криви и прегледи на %1: %2 итерации, %3 епохи, %4 прегледи</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopped — resume it from the Runs page</source>
        <translation>Запрено — продолжете го од страницата „Извршувања“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished</source>
        <translation>Завршено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run folder: %1</source>
        <translation>Папка на извршувањето: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed: %1</source>
        <translation>Неуспешно: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: %1</source>
        <translation>Грешка: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Result: label efficiency and verdicts</source>
        <translation>Резултат: ефикасност на ознаки и пресуди</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Probes: mAP by encoder level</source>
        <translation>Сонди: mAP по ниво на енкодерот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probes: mAP by level, segmentation mIoU</source>
        <translation>Сонди: mAP по ниво, mIoU на сегментација</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probes: segmentation mIoU</source>
        <translation>Сонди: mIoU на сегментација</translation>
    </message>
</context>
<context>
    <name>colorproxy::UserGuideDialog</name>
    <message>
        <location filename="../ui/main/userguidedialog.cpp" line="+24"/>
        <source>ColorProxy user guide</source>
        <translation>Упатство за ColorProxy</translation>
    </message>
</context>
<context>
    <name>colorproxy::WelcomePage</name>
    <message>
        <location filename="../ui/main/welcomepage.cpp" line="+11"/>
        <source>&lt;h2&gt;Welcome to ColorProxy&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Добредојдовте во ColorProxy&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ColorProxy teaches a network to colorize grey photos, then checks whether what it learned helps it recognise objects. Start with one of these:</source>
        <translation>ColorProxy учи мрежа да обојува сиви фотографии, а потоа проверува дали наученото помага да препознава предмети. Започнете со едно од овие:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a dataset</source>
        <translation>Отвори податочно множество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse a folder of photos, or a COCO, Pascal VOC or CamVid dataset: counts, labels, masks and problems.</source>
        <translation>Прегледај папка со фотографии или множество COCO, Pascal VOC или CamVid: бројки, ознаки, маски и проблеми.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colorize a photo</source>
        <translation>Обој фотографија</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a photo on the Colorize page: the bundled model paints its colours back at full resolution.</source>
        <translation>Пуштете фотографија на страницата Боење: вградениот модел ги враќа нејзините бои во полна резолуција.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the quick experiment</source>
        <translation>Изврши го брзиот експеримент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does colorization pretraining help? Pretrain on the bundled samples, then compare fine-tuning with and without it: minutes on a CPU.</source>
        <translation>Дали предтренирањето со боење помага? Предтренирај на вградените примероци, па спореди фино подесување со и без него: минути на процесор.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pages on the left lead to everything else; Help ▸ Getting started shows this page again.</source>
        <translation>Страниците лево водат до сè друго; Помош ▸ Први чекори ја прикажува оваа страница повторно.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+34"/>
        <source>Self-supervised visual feature learning through image colorization.</source>
        <translation>Самонадгледувано учење на визуелни одлики преку боење на слики.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tour the GUI with a real tiny training run, save screenshots to &lt;dir&gt; and print the event-loop latency, then quit.</source>
        <translation>Прошетај низ интерфејсот со вистинско мало тренирање, зачувај снимки од екранот во &lt;dir&gt;, испечати го доцнењето на јамката за настани, па излези.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample data for the tour (resources/samples).</source>
        <translation>Примерни податоци за прошетката (resources/samples).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs folder for the tour.</source>
        <translation>Папка за извршувања за прошетката.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --screenshots: also train the paper-size model for &lt;n&gt; seconds and report the latency meanwhile.</source>
        <translation>Со --screenshots: истренирај го и моделот со големина од трудот &lt;n&gt; секунди и пријави го доцнењето во меѓувреме.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appearance for this session: system, light or dark (default: the one chosen in File &gt; Preferences).</source>
        <translation>Изглед за оваа сесија: system, light или dark (стандардно: избраниот во Датотека &gt; Поставки).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &lt;photo&gt; (a file or a folder of photos) on the Colorize page; repeat for several.</source>
        <translation>Отвори &lt;photo&gt; (датотека или папка со фотографии) на страницата Боење; повтори за повеќе.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --colorize: once the model has loaded, colorize them all into &lt;dir&gt; (asks before replacing files).</source>
        <translation>Со --colorize: штом моделот ќе се вчита, обој ги сите во &lt;dir&gt; (прашува пред да замени датотеки).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A dataset folder to open on the Datasets page (optional).</source>
        <translation>Папка со множество податоци што ќе се отвори на страницата „Множества податоци“ (незадолжително).</translation>
    </message>
</context>
</TS>
