<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/core/appsettings.cpp" line="+36"/>
        <source>Setting %1 was &quot;%2&quot;, not one of %3; reset to &quot;%4&quot;.</source>
        <translation>A definição %1 era &quot;%2&quot;, nenhum de %3; reposta para &quot;%4&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Setting %1 was &quot;%2&quot;, not a whole number from %3 to %4; reset to %5.</source>
        <translation>A definição %1 era &quot;%2&quot;, não um número inteiro de %3 a %4; reposta para %5.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>the system language</source>
        <translation>a língua do sistema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Setting %1 was empty; reset to %2.</source>
        <translation>A definição %1 estava vazia; reposta para %2.</translation>
    </message>
</context>
<context>
    <name>ClassificationComparison</name>
    <message>
        <location filename="../ui/labels/classificationcomparison.cpp" line="+38"/>
        <source>%1 does not have the columns image + the run&apos;s %2 classes: was it written by a classification run of this dataset?</source>
        <translation>%1 não tem as colunas image + as %2 classes da execução: foi gravado por uma execução de classificação deste conjunto de dados?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, line %2: %3 values instead of %4.</source>
        <translation>%1, linha %2: %3 valores em vez de %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, line %2, column %3: &quot;%4&quot; is not %5.</source>
        <translation>%1, linha %2, coluna %3: &quot;%4&quot; não é %5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 or 1</source>
        <translation>0 ou 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a probability between 0 and 1</source>
        <translation>uma probabilidade entre 0 e 1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: probabilities.csv and labels.csv list different images.</source>
        <translation>%1: probabilities.csv e labels.csv listam imagens diferentes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 lists no test images.</source>
        <translation>%1 não lista nenhuma imagem de teste.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a %2 run: the Labels page needs classification runs (segmentation runs open on the Compare page).</source>
        <translation>%1 é uma execução de %2: a página Rótulos precisa de execuções de classificação (execuções de segmentação abrem na página Comparar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 saved no test predictions: fine-tune it again with &quot;save predictions&quot; on.</source>
        <translation>%1 não salvou previsões de teste: faça o ajuste fino novamente com &quot;save predictions&quot; ativado.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The two runs have different classes (%1 and %2): compare runs on the same dataset.</source>
        <translation>As duas execuções têm classes diferentes (%1 e %2): compare execuções do mesmo conjunto de dados.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n test image(s) of the baseline are missing from the pretrained run and are left out.</source>
        <translation>
            <numerusform>%n imagem de teste da linha de base falta na execução pré-treinada e é deixada de fora.</numerusform>
            <numerusform>%n imagens de teste da linha de base faltam na execução pré-treinada e são deixadas de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The runs&apos; saved labels differ on %n image(s); the baseline&apos;s are used.</source>
        <translation>
            <numerusform>Os rótulos guardados das execuções diferem em %n imagem; são usados os da linha de base.</numerusform>
            <numerusform>Os rótulos guardados das execuções diferem em %n imagens; são usados os da linha de base.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two runs have no test image in common (%1, %2).</source>
        <translation>As duas execuções não têm nenhuma imagem de teste em comum (%1, %2).</translation>
    </message>
</context>
<context>
    <name>ColorizationJobs</name>
    <message numerus="yes">
        <location filename="../ui/jobs/colorizationjobs.cpp" line="+26"/>
        <source>Finished %n epoch(s), %1 iterations.</source>
        <translation>
            <numerusform>%n época concluída, %1 iterações.</numerusform>
            <numerusform>%n épocas concluídas, %1 iterações.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final metrics: %1.</source>
        <translation>Métricas finais: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Training in %1 processes needs colorproxy-cli next to this program (%2); choose 1 process, or install the command-line tool.</source>
        <translation>Treinar em %1 processos precisa do colorproxy-cli junto deste programa (%2); escolha 1 processo ou instale a ferramenta de linha de comandos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the settings for the other processes in %1.</source>
        <translation>Não é possível escrever as definições para os outros processos em %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>process %1 of %2 ended with exit code %3; see its messages in the terminal.</source>
        <translation>o processo %1 de %2 terminou com o código de saída %3; veja as mensagens dele no terminal.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pretraining (%1) — %2</source>
        <translation>Pré-treino (%1) — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/jobs/finetunejobs.cpp" line="+25"/>
        <source>(%1 processes)</source>
        <translation>(%1 processos)</translation>
    </message>
</context>
<context>
    <name>DatasetOverview</name>
    <message>
        <location filename="../ui/datasets/datasetoverview.cpp" line="+30"/>
        <source>Choose a dataset folder.</source>
        <translation>Escolha uma pasta de conjunto de dados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder. Choose the folder that holds the images (or the dataset&apos;s root for COCO, Pascal VOC and CamVid).</source>
        <translation>%1 não é uma pasta. Escolha a pasta que contém as imagens (ou a raiz do conjunto de dados para COCO, Pascal VOC e CamVid).</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>No usable colour images were found in %1 (%n problem(s) reported).</source>
        <translation>
            <numerusform>Nenhuma imagem colorida utilizável foi encontrada em %1 (%n problema relatado).</numerusform>
            <numerusform>Nenhuma imagem colorida utilizável foi encontrada em %1 (%n problemas relatados).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperimentJobs</name>
    <message>
        <location filename="../ui/jobs/experimentjobs.cpp" line="+34"/>
        <source>Experiment run %1/%2 — %3</source>
        <translation>Execução %1/%2 do experimento — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run %1 of %2: %3</source>
        <translation>Execução %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 finished in %2 s</source>
        <translation>%1 concluída em %2 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 did not finish (%2 s)</source>
        <translation>%1 não foi concluída (%2 s)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stopped; the runs finished so far are kept in %1; resume it from the Runs page.</source>
        <translation>Parado; as execuções concluídas até agora ficam em %1; retome-o na página Execuções.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Label-efficiency figure: %1</source>
        <translation>Figura de eficiência de rótulos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report: %1</source>
        <translation>Relatório: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Experiment %1</source>
        <translation>Experimento %1</translation>
    </message>
</context>
<context>
    <name>ExperimentResultFile</name>
    <message>
        <location filename="../ui/results/experimentresultfile.cpp" line="+18"/>
        <source>%1 has no report.json yet: the experiment is still running, or it stopped before writing its report. Resume it from the Runs page to finish it.</source>
        <translation>%1 ainda não tem report.json: a experiência ainda está a decorrer ou parou antes de escrever o relatório. Retome-a na página Execuções para a concluir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report of %1 lists no fine-tuning task, so there is nothing to plot. Run the experiment again with at least one task.</source>
        <translation>O relatório de %1 não indica nenhuma tarefa de ajuste fino, por isso não há nada a representar. Execute a experiência de novo com pelo menos uma tarefa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
The fine-tuning runs under its runs/ folder are not affected: they still open on the Compare and Labels pages.</source>
        <translation>%1
As execuções de ajuste fino na sua pasta runs/ não são afetadas: continuam a abrir nas páginas Comparar e Rótulos.</translation>
    </message>
</context>
<context>
    <name>FinetuneJobs</name>
    <message numerus="yes">
        <location filename="../ui/jobs/finetunejobs.cpp" line="-10"/>
        <source>Finished %n epoch(s) in %1 s.</source>
        <translation>
            <numerusform>%n época concluída em %1 s.</numerusform>
            <numerusform>%n épocas concluídas em %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test: %1.</source>
        <translation>Teste: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fine-tuning %1 (%2)</source>
        <translation>Ajuste fino %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FinetuneRunInfo</name>
    <message>
        <location filename="../ui/runpair/finetunerun.cpp" line="+42"/>
        <source>%1 has no report.json: pick a fine-tuning run that has finished.</source>
        <translation>%1 não tem report.json: escolha uma execução de ajuste fino concluída.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 (the run may still be writing it, or the file is damaged): pick a finished baseline or pretrained fine-tuning run, or an experiment folder.</source>
        <translation>%1 (a execução talvez ainda o esteja a gravar, ou o ficheiro está danificado): escolha uma execução de ajuste fino concluída, de linha de base ou pré-treinada, ou uma pasta de experimento.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>seed %1</source>
        <translation>semente %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the labels · %2</source>
        <translation>%1 dos rótulos · %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 saved no test predictions, so there is nothing to inspect: fine-tune again (the wizard and colorproxy-cli finetune save them by default).</source>
        <translation>%1 não salvou predições de teste, então não há nada para inspecionar: faça o ajuste fino novamente (o assistente e colorproxy-cli finetune as salvam por padrão).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 has no %2 run of seed %3 beside it in %4.</source>
        <translation>%1 não tem uma execução %2 da semente %3 ao lado em %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline</source>
        <translation>linha de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pretrained</source>
        <translation>pré-treinado</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../ui/jobs/job.cpp" line="+34"/>
        <source>Resuming %1</source>
        <translation>A retomar %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Stopped after epoch %1 (iteration %2); resume it from the Runs page.</source>
        <translation>Parado após a época %1 (iteração %2); retome-o na página Execuções.</translation>
    </message>
</context>
<context>
    <name>LoadedSample</name>
    <message>
        <location filename="../ui/datasets/sampleview.cpp" line="+42"/>
        <source>Cannot show this image: %1</source>
        <translation>Não é possível mostrar esta imagem: %1</translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <location filename="../ui/colorize/modellocator.cpp" line="+49"/>
        <source>ColorProxy looks for the bundled model in the file named by COLORPROXY_MODEL, then in &lt;install&gt;/share/colorproxy/models/%1, then in resources/models/%1 of the source tree.</source>
        <translation>O ColorProxy procura o modelo incluído no ficheiro indicado por COLORPROXY_MODEL, depois em &lt;install&gt;/share/colorproxy/models/%1, depois em resources/models/%1 da árvore de código-fonte.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>finished</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training, latest epoch</source>
        <translation>em treino, última época</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bundled model with colour points (%1)</source>
        <translation>Modelo incluído com pontos de cor (%1)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>failed, last checkpoint</source>
        <translation>falhou, último checkpoint</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run %1 (%2)</source>
        <translation>Execução %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bundled model (%1)</source>
        <translation>Modelo incluído (%1)</translation>
    </message>
</context>
<context>
    <name>ProbeResultFile</name>
    <message>
        <location filename="../ui/results/proberesultfile.cpp" line="+50"/>
        <source>colorization-pretrained</source>
        <translation>pré-treinado por colorização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random init</source>
        <translation>inicialização aleatória</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON (%2); run the probe again to rewrite it.</source>
        <translation>%1 não é JSON válido (%2); execute a sonda de novo para o reescrever.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <source>%1 holds no probe results by encoder level.</source>
        <translation>%1 não contém resultados de sondas por nível do codificador.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 holds no segmentation probe results (test mIoU per initialisation).</source>
        <translation>%1 não contém resultados de sonda de segmentação (mIoU de teste por inicialização).</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/core/qtstrings.cpp" line="+36"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
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
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Guardar todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Sim para &amp;todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Nã&amp;o para todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-23"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
</context>
<context>
    <name>RunSnapshot</name>
    <message>
        <location filename="../ui/runs/runsnapshot.cpp" line="+117"/>
        <source>%1 is not a run folder (it has no config.json).</source>
        <translation>%1 não é uma pasta de execução (não tem config.json).</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+4"/>
        <source>report.json could not be parsed</source>
        <translation>não foi possível interpretar report.json</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>colorization</source>
        <translation>colorização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fine-tuning (segmentation)</source>
        <translation>ajuste fino (segmentação)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine-tuning (classification)</source>
        <translation>ajuste fino (classificação)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine-tuning</source>
        <translation>ajuste fino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>experiment</source>
        <translation>experimento</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Representation probes: %1</source>
        <translation>Sondas de representação: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs %1 of %2</source>
        <translation>Execuções %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report, tables and figures: %1</source>
        <translation>Relatório, tabelas e figuras: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch %1 of %2, iteration %3 of %4</source>
        <translation>Época %1 de %2, iteração %3 de %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report: %1</source>
        <translation>Relatório: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+30"/>
        <source>Reopened %1</source>
        <translation>%1 reaberto</translation>
    </message>
</context>
<context>
    <name>SegmentationComparison</name>
    <message>
        <location filename="../ui/compare/segmentationcomparison.cpp" line="+36"/>
        <source>%1 is not a segmentation predictions index (expected the columns index,image,prediction,truth): was the run a segmentation run?</source>
        <translation>%1 não é um índice de previsões de segmentação (esperadas as colunas index,image,prediction,truth): a execução era de segmentação?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lists no images.</source>
        <translation>%1 não lista nenhuma imagem.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is a %2 run: the Compare page needs two segmentation runs (classification runs open on the Labels page).</source>
        <translation>%1 é uma execução de %2: a página Comparar precisa de duas execuções de segmentação (execuções de classificação abrem na página Rótulos).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 saved no test predictions: fine-tune it again with &quot;save predictions&quot; on.</source>
        <translation>%1 não salvou previsões de teste: faça o ajuste fino novamente com &quot;save predictions&quot; ativado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two runs have different classes (%1 and %2): compare runs on the same dataset.</source>
        <translation>As duas execuções têm classes diferentes (%1 e %2): compare execuções do mesmo conjunto de dados.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be read; its image is left out.</source>
        <translation>Não é possível ler %1; a imagem é deixada de fora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The runs were scored at different image sizes (%1×%2 and %3×%4, %5): compare runs fine-tuned with the same image size.</source>
        <translation>As execuções foram avaliadas em tamanhos de imagem diferentes (%1×%2 e %3×%4, %5): compare execuções ajustadas com o mesmo tamanho de imagem.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1; the image is left out (do the masks belong to this dataset?).</source>
        <translation>%1; a imagem é deixada de fora (as máscaras pertencem a este conjunto de dados?).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n test image(s) of the baseline are missing from the pretrained run and are left out.</source>
        <translation>
            <numerusform>%n imagem de teste da linha de base falta na execução pré-treinada e é deixada de fora.</numerusform>
            <numerusform>%n imagens de teste da linha de base faltam na execução pré-treinada e são deixadas de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The two runs&apos; saved ground truth differs on %n image(s): were they fine-tuned on the same dataset and image size? The baseline&apos;s truth is used.</source>
        <translation>
            <numerusform>A verdade de referência guardada das duas execuções difere em %n imagem: foram ajustadas no mesmo conjunto de dados e tamanho de imagem? É usada a da linha de base.</numerusform>
            <numerusform>A verdade de referência guardada das duas execuções difere em %n imagens: foram ajustadas no mesmo conjunto de dados e tamanho de imagem? É usada a da linha de base.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two runs have no test image in common that could be read (%1, %2).</source>
        <translation>As duas execuções não têm nenhuma imagem de teste legível em comum (%1, %2).</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <location filename="../ui/results/verdicttext.cpp" line="+16"/>
        <source>%1 pretraining runs</source>
        <translation>%1 execuções de pré-treino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seeds</source>
        <translation>%1 sementes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the baseline (%1) did not beat the trivial predictor (%2) by %3; the pretrained network reached %4</source>
        <translation>a linha de base (%1) não superou o preditor trivial (%2) por %3; a rede pré-treinada atingiu %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the pretrained network (%1) did not beat the trivial predictor (%2) by %3; the baseline reached %4</source>
        <translation>a rede pré-treinada (%1) não superou o preditor trivial (%2) por %3; a linha de base atingiu %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>neither the baseline (%1) nor the pretrained network (%2) beat the trivial predictor (%3) by %4</source>
        <translation>nem a linha de base (%1) nem a rede pré-treinada (%2) superaram o preditor trivial (%3) por %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This network did not learn enough to judge transfer: %1. Train longer, on more data or at a larger size.</source>
        <translation>Esta rede não aprendeu o suficiente para avaliar a transferência: %1. Treine durante mais tempo, com mais dados ou num tamanho maior.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>gain</source>
        <translation>ganho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loss</source>
        <translation>perda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inconclusive</source>
        <translation>inconclusivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not judged</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>segmentation</source>
        <translation>segmentação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classification</source>
        <translation>classificação</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>test %1</source>
        <extracomment>a metric measured on the test split, e.g. &quot;test mIoU&quot;</extracomment>
        <translation>%1 de teste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation %1</source>
        <extracomment>a metric measured on the validation split, e.g. &quot;validation mIoU&quot;</extracomment>
        <translation>%1 de validação</translation>
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
        <translation>1 imagem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images</source>
        <translation>%1 imagens</translation>
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
        <translation>Ganho: o pré-treino por colorização melhorou %1 de %2 para %3 (diferença emparelhada média %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss: colorization pretraining worsened %1 from %2 to %3 (mean paired difference %4).</source>
        <translation>Perda: o pré-treino por colorização piorou %1 de %2 para %3 (diferença emparelhada média %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inconclusive: the difference in %1 (from %2 to %3, mean paired difference %4) cannot be told apart from run-to-run noise.</source>
        <translation>Inconclusivo: a diferença em %1 (de %2 para %3, diferença emparelhada média %4) não se distingue do ruído entre execuções.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A single seed gives no interval and no test: use 6 or more.</source>
        <translation>Uma única semente não dá intervalo nem teste: use 6 ou mais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 % CI [%1, %2] over %3; sign-flip %4, paired t-test %5.</source>
        <translation>IC 95 % [%1; %2] sobre %3; teste de troca de sinais %4, teste t emparelhado %5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With %1 the sign-flip test cannot reach p &lt; 0.05 (its smallest p is %2): use 6 or more.</source>
        <translation>Com %1 o teste de troca de sinais não pode atingir p &lt; 0,05 (o seu menor p é %2): use 6 ou mais.</translation>
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
        <translation>Qualquer cor à luminosidade do ponto: a (verde a vermelho) para a direita, b (azul a amarelo) para cima; as cores que um ecrã não consegue mostrar a esta luminosidade aparecem esbatidas</translation>
    </message>
</context>
<context>
    <name>colorproxy::AboutDialog</name>
    <message>
        <location filename="../ui/main/aboutdialog.cpp" line="+12"/>
        <source>About ColorProxy</source>
        <translation>Sobre o ColorProxy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;ColorProxy %1&lt;/h2&gt;&lt;p&gt;Self-supervised visual feature learning through image colorization: pretrain a colorizer on unlabelled photos, then fine-tune its weights on classification and segmentation beside a randomly initialised baseline, and see whether the pretraining helps.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methods&lt;/b&gt;&lt;br&gt;Treneska et al., &lt;i&gt;GAN-Based Image Colorization for Self-Supervised Visual Feature Learning&lt;/i&gt;, Sensors 22(4):1599, 2022.&lt;br&gt;Zhang, Isola, Efros, &lt;i&gt;Colorful Image Colorization&lt;/i&gt;, ECCV 2016.&lt;br&gt;Isola et al., &lt;i&gt;Image-to-Image Translation with Conditional Adversarial Networks&lt;/i&gt; (pix2pix), CVPR 2017.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %2 (LGPLv3), QCustomPlot (GPLv3), LibTorch (BSD), OpenCV (Apache 2.0), nlohmann/json (MIT).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ColorProxy %1&lt;/h2&gt;&lt;p&gt;Aprendizagem auto-supervisionada de características visuais por meio da colorização de imagens: pré-treine um colorizador em fotos sem rótulos, depois faça o ajuste fino dos pesos em classificação e segmentação ao lado de uma linha de base inicializada aleatoriamente, e veja se o pré-treino ajuda.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Métodos&lt;/b&gt;&lt;br&gt;Treneska et al., &lt;i&gt;GAN-Based Image Colorization for Self-Supervised Visual Feature Learning&lt;/i&gt;, Sensors 22(4):1599, 2022.&lt;br&gt;Zhang, Isola, Efros, &lt;i&gt;Colorful Image Colorization&lt;/i&gt;, ECCV 2016.&lt;br&gt;Isola et al., &lt;i&gt;Image-to-Image Translation with Conditional Adversarial Networks&lt;/i&gt; (pix2pix), CVPR 2017.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Feito com&lt;/b&gt; Qt %2 (LGPLv3), QCustomPlot (GPLv3), LibTorch (BSD), OpenCV (Apache 2.0), nlohmann/json (MIT).&lt;/p&gt;</translation>
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
        <translation>Antes</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Colorizing…</source>
        <translation>A colorir…</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
</context>
<context>
    <name>colorproxy::ColorizePage</name>
    <message>
        <location filename="../ui/colorize/colorizepage.cpp" line="+87"/>
        <source>&lt;h2&gt;Colorize&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Colorir&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here (or open or paste them). The colorizer sees only their lightness and paints the colours back at full resolution.</source>
        <translation>Solte fotos ou pastas aqui (ou abra-as ou cole-as). O colorizador vê apenas a luminosidade e pinta as cores de volta em resolução total.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open &amp;photos…</source>
        <translation>Abrir f&amp;otos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open f&amp;older…</source>
        <translation>Abrir p&amp;asta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colorize the image (or the files) on the clipboard (%1)</source>
        <translation>Colorir a imagem (ou os ficheiros) da área de transferência (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundled model, or a colorization run from the runs folder</source>
        <translation>O modelo incluído, ou uma execução de colorização da pasta de execuções</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Annealed mean of the predicted colour distribution: low T takes the most likely colour (vivid), T = 1 the mean (safe, greyish)</source>
        <translation>Média recozida da distribuição de cores prevista: T baixo escolhe a cor mais provável (viva), T = 1 a média (segura, acinzentada)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mode</source>
        <translation>moda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean</source>
        <translation>média</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Dropout and pix2pix protocols: the seed of the dropout masks (sample k uses seed + k, as colorproxy-cli colorize --seed). Another seed gives another sample; the same seed repeats it.</source>
        <translation>Protocolos dropout e pix2pix: a semente das máscaras de dropout (a amostra k usa semente + k, como colorproxy-cli colorize --seed). Outra semente dá outra amostra; a mesma semente repete-a.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See&amp;d:</source>
        <translation>Se&amp;mente:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Drop photos or folders here, or use Open photos…, Open folder… or Paste.</source>
        <translation>Solte fotos ou pastas aqui, ou use Abrir fotos…, Abrir pasta… ou Colar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to move the split; the mouse wheel zooms, the middle button (or Shift+drag) pans, a double click fits the photo again</source>
        <translation>Arraste para mover a divisão; a roda do rato dá zoom, o botão do meio (ou Shift+arrastar) move a imagem, um clique duplo ajusta a foto de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the result at full resolution (one photo pixel per screen pixel)</source>
        <translation>Mostrar o resultado em resolução total (um pixel da foto por pixel do ecrã)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the whole photo in the view</source>
        <translation>Ajustar a foto inteira à vista</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Before/after split</source>
        <translation>Divisão antes/depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the split between before and after lies (or drag on the image)</source>
        <translation>Onde fica a divisão entre antes e depois (ou arraste sobre a imagem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original colours</source>
        <translation>Cores originais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the photo&apos;s own colours as “before” instead of its greyscale input</source>
        <translation>Mostrar as cores da própria foto como “antes” em vez da entrada em tons de cinzento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export all…</source>
        <translation>&amp;Exportar tudo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colorize every photo in the list into a folder (dropped folders keep their structure)</source>
        <translation>Colorir todas as fotos da lista numa pasta (pastas soltas mantêm sua estrutura)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+311"/>
        <source>pix2pix GAN</source>
        <translation>GAN pix2pix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>313-bin classification</source>
        <translation>classificação em 313 faixas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 regression</source>
        <translation>regressão L2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 colorizer, trained at %2 px: %3</source>
        <translation>Colorizador %1, treinado em %2 px: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This model cannot be used: %1</source>
        <translation>Este modelo não pode ser usado: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 × %2 px, colorized in %3 s</source>
        <translation>%1 × %2 px, colorido em %3 s</translation>
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
            <numerusform>, protocolo %1, %n amostra, semente %2</numerusform>
            <numerusform>, protocolo %1, %n amostras, semente %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Exporting %1 of %2: %3</source>
        <translation>A exportar %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Export cancelled: %n photo(s) written to %1</source>
        <translation>
            <numerusform>Exportação cancelada: %n foto gravada em %1</numerusform>
            <numerusform>Exportação cancelada: %n fotos gravadas em %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n photo(s) to %1</source>
        <translation>
            <numerusform>%n foto exportada para %1</numerusform>
            <numerusform>%n fotos exportadas para %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n falhou</numerusform>
            <numerusform>; %n falharam</numerusform>
        </translation>
    </message>
    <message>
        <location line="-432"/>
        <source>The clipboard holds no image and no files.</source>
        <translation>A área de transferência não contém imagem nem ficheiros.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Use a checkpoint file (.pt), a run folder from elsewhere, or a PyTorch pix2pix latest_net_G.pth (imported as it loads)</source>
        <translation>Usar um ficheiro de checkpoint (.pt), uma pasta de execução de outro lugar ou um latest_net_G.pth do pix2pix em PyTorch (importado ao carregar)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deterministic (eval)</source>
        <translation>Determinístico (eval)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout on (Treneska et al.)</source>
        <translation>Dropout ligado (Treneska et al.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch statistics + dropout (pix2pix test.py)</source>
        <translation>Estatísticas do lote + dropout (pix2pix test.py)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch norm with the running statistics learned in training, dropout off: a photo always gets the same colours (pix2pix test.py --eval; the validation PSNR/SSIM of pretraining)</source>
        <translation>Batch norm com as estatísticas acumuladas aprendidas no treino, dropout desligado: uma foto recebe sempre as mesmas cores (pix2pix test.py --eval; a PSNR/SSIM de validação do pré-treino)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running statistics with dropout kept on at test time, as Treneska et al. test: each sample differs a little; the samples are averaged</source>
        <translation>Estatísticas acumuladas com o dropout ligado no teste, como testam Treneska et al.: cada amostra difere um pouco; é feita a média das amostras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each photo normalised with its own statistics (a training-mode batch norm on one image) and dropout on, as pix2pix&apos;s test.py without --eval</source>
        <translation>Cada foto normalizada com as suas próprias estatísticas (uma batch norm em modo de treino sobre uma imagem) e dropout ligado, como o test.py do pix2pix sem --eval</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the generator runs on your photos. The papers differ here, and the choice changes the colours (and PSNR) more than the pretext does. Results and exports use it; colour-point previews always run deterministically.</source>
        <translation>Como o gerador é executado nas suas fotos. Os artigos diferem aqui, e a escolha muda as cores (e a PSNR) mais do que a tarefa de pretexto. Os resultados e as exportações usam-na; as pré-visualizações dos pontos de cor são sempre determinísticas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Inference:</source>
        <translation>Mo&amp;do de inferência:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dropout and pix2pix protocols: the colours are the mean of this many passes, each with its own seeded dropout, so a result repeats exactly (1 = one sample, as the papers test; more = smoother and as many times slower)</source>
        <translation>Protocolos dropout e pix2pix: as cores são a média deste número de passagens, cada uma com o seu dropout de semente fixa, pelo que um resultado se repete exatamente (1 = uma amostra, como testam os artigos; mais = mais suave e tantas vezes mais lento)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;mples:</source>
        <translation>Amo&amp;stras:</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Colour poi&amp;nts</source>
        <translation>Po&amp;ntos de cor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show or hide the colour points (hidden points still colour the photo): click the photo to tell the colorizer what colour a place has</source>
        <translation>Mostrar ou ocultar os pontos de cor (os pontos ocultos continuam a colorir a fotografia): clique na fotografia para dizer ao colorizador que cor tem um sítio</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save res&amp;ult…</source>
        <translation>&amp;Guardar resultado…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>It has no dropout, so “Dropout on” gives the deterministic colours.</source>
        <translation>Não tem dropout, por isso “Dropout ligado” dá as cores determinísticas.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>No model found</source>
        <translation>Nenhum modelo encontrado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File: %1</source>
        <translation>Ficheiro: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No colorization model found. Train one with Train ▸ New pretraining (runs in %1 appear here), or pick a checkpoint with Browse…. %2</source>
        <translation>Nenhum modelo de colorização encontrado. Treine um em Treinar ▸ Novo pré-treino (execuções em %1 aparecem aqui) ou escolha um checkpoint com Procurar…. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected %1</source>
        <translation>%1 selecionado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading %1…</source>
        <translation>A carregar %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Skipped %n item(s) that are not photos or folders with photos (e.g. %1); ColorProxy reads JPEG, PNG, BMP, TIFF and WebP.</source>
        <translation>
            <numerusform>%n item ignorado que não é foto nem pasta com fotos (p. ex. %1); o ColorProxy lê JPEG, PNG, BMP, TIFF e WebP.</numerusform>
            <numerusform>%n itens ignorados que não são fotos nem pastas com fotos (p. ex. %1); o ColorProxy lê JPEG, PNG, BMP, TIFF e WebP.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pasted image %1</source>
        <translation>Imagem colada %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dropped image %1</source>
        <translation>Imagem solta %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+33"/>
        <source>Colorizing %1…</source>
        <translation>A colorir %1…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Pick a model to colorize %1.</source>
        <translation>Escolha um modelo para colorir %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no colorized photo to save yet.</source>
        <translation>Ainda não há foto colorida para guardar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save %1: check that its folder exists and is writable, and that the name ends in .png, .jpg, .bmp, .tif or .webp.</source>
        <translation>Não foi possível guardar %1: verifique se a pasta existe e permite gravação, e se o nome termina em .png, .jpg, .bmp, .tif ou .webp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1, but not its colour points: %2</source>
        <translation>%1 guardado, mas não os seus pontos de cor: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 and its colour points (%2)</source>
        <translation>%1 e os seus pontos de cor (%2) guardados</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting to %1…</source>
        <translation>A exportar para %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling the export after the current photo…</source>
        <translation>A cancelar a exportação após a foto atual…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open photos to colorize</source>
        <translation>Abrir fotos para colorir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of photos</source>
        <translation>Abrir uma pasta de fotos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a colorization model</source>
        <translation>Abrir um modelo de colorização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.pt *.pth);;All files (*)</source>
        <translation>Modelos (*.pt *.pth);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Overwrite colorized photos?</source>
        <translation>Sobrescrever as fotos coloridas?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) in %1 would be replaced, for example %2.</source>
        <translation>
            <numerusform>%n ficheiro em %1 seria substituído, por exemplo %2.</numerusform>
            <numerusform>%n ficheiros em %1 seriam substituídos, por exemplo %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescrever</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Save the colorized photo</source>
        <translation>Guardar a foto colorida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG (*.png);;JPEG (*.jpg *.jpeg);;All files (*)</source>
        <translation>PNG (*.png);;JPEG (*.jpg *.jpeg);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save failed</source>
        <translation>Falha ao guardar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export colorized photos to</source>
        <translation>Exportar fotos coloridas para</translation>
    </message>
</context>
<context>
    <name>colorproxy::ColorizeWorker</name>
    <message>
        <location filename="../ui/colorize/colorizeworker.cpp" line="+73"/>
        <location line="+47"/>
        <source>No model is loaded: pick one in the Model list first.</source>
        <translation>Nenhum modelo carregado: escolha um na lista Modelo primeiro.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Cannot use this photo: %1</source>
        <translation>Não é possível usar esta foto: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pasted or dropped image is empty.</source>
        <translation>A imagem colada ou solta está vazia.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Colorizing %1 failed: %2</source>
        <translation>Falha ao colorir %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image</source>
        <translation>a imagem</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exporting to %1 failed: %2</source>
        <translation>Falha ao exportar para %1: %2</translation>
    </message>
</context>
<context>
    <name>colorproxy::ComparePage</name>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="+85"/>
        <source>Does colorization pretraining help segmentation? Open an experiment folder, or choose a baseline and a pretrained segmentation run, to compare their test predictions image by image.</source>
        <translation>O pré-treino por colorização ajuda a segmentação? Abra uma pasta de experimento ou escolha uma execução de segmentação de linha de base e uma pré-treinada para comparar as previsões de teste imagem por imagem.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Largest mIoU gain first</source>
        <translation>Maior ganho de mIoU primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest mIoU loss first</source>
        <translation>Maior perda de mIoU primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest pixel-accuracy gain first</source>
        <translation>Maior ganho de exatidão por pixel primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest pixel-accuracy loss first</source>
        <translation>Maior perda de exatidão por pixel primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-set order</source>
        <translation>Ordem do conjunto de teste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order of the image list: per image, pretrained minus baseline</source>
        <translation>Ordem da lista de imagens: por imagem, pré-treinado menos linha de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the images to the views (or double-click a view)</source>
        <translation>Ajustar as imagens às vistas (ou clique duas vezes numa vista)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One photo pixel per screen pixel; the wheel zooms, dragging pans all views</source>
        <translation>Um pixel da foto por pixel do ecrã; a roda dá zoom, arrastar move todas as vistas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opacity of the masks over the photo</source>
        <translation>Opacidade das máscaras sobre a foto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order:</source>
        <translation>Ordem:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mask opacity:</source>
        <translation>Opacidade da máscara:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ground truth</source>
        <translation>Verdade de referência</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disagreement</source>
        <translation>Divergência</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+111"/>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+110"/>
        <source>Pretrained</source>
        <translation>Pré-treinado</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>No runs open</source>
        <translation>Nenhuma execução aberta</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Δ mIoU</source>
        <translation>Δ mIoU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Δ pixel acc.</source>
        <translation>Δ acur. pixel</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-class IoU over all test images</source>
        <translation>IoU por classe em todas as imagens de teste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-class IoU of this image</source>
        <translation>IoU por classe desta imagem</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the test predictions of %1 and %2…</source>
        <translation>A ler as previsões de teste de %1 e %2…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;%1&lt;/b&gt; test images. mIoU: baseline %2 → pretrained %3 (&lt;span style=&quot;color:%4&quot;&gt;%5&lt;/span&gt;); pixel accuracy %6 → %7 (&lt;span style=&quot;color:%8&quot;&gt;%9&lt;/span&gt;). Pretraining made %10 of the pixels right that the baseline got wrong, and %11 wrong that it got right.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; imagens de teste. mIoU: linha de base %2 → pré-treinado %3 (&lt;span style=&quot;color:%4&quot;&gt;%5&lt;/span&gt;); exatidão por pixel %6 → %7 (&lt;span style=&quot;color:%8&quot;&gt;%9&lt;/span&gt;). O pré-treino acertou %10 dos pixels que a linha de base errou, e errou %11 que ela acertou.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>baseline</source>
        <translation>linha de base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pretrained</source>
        <translation>pré-treinado</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The masks of %1 can no longer be read.</source>
        <translation>As máscaras de %1 não podem mais ser lidas.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The photo %1 is not there any more.</source>
        <translation>A foto %1 não existe mais.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&lt;b&gt;Input&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Entrada&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Baseline&lt;/b&gt; · mIoU %1 · pixel acc. %2</source>
        <translation>&lt;b&gt;Linha de base&lt;/b&gt; · mIoU %1 · acur. pixel %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Pretrained&lt;/b&gt; · mIoU %1 · pixel acc. %2</source>
        <translation>&lt;b&gt;Pré-treinado&lt;/b&gt; · mIoU %1 · acur. pixel %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>only pretrained right</source>
        <translation>só o pré-treinado certo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only baseline right</source>
        <translation>só a linha de base certa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both right</source>
        <translation>ambos certos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both wrong</source>
        <translation>ambos errados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>void (not judged)</source>
        <translation>sem rótulo (não avaliado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;This image: mIoU &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;, pixel accuracy &lt;span style=&quot;color:%3&quot;&gt;%4&lt;/span&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esta imagem: mIoU &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;, exatidão por pixel &lt;span style=&quot;color:%3&quot;&gt;%4&lt;/span&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(%1: photo only)</source>
        <translation>(%1: só a foto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>void</source>
        <translation>sem rótulo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At (%1, %2): truth %3 · baseline %4 · pretrained %5</source>
        <translation>Em (%1, %2): verdade %3 · linha de base %4 · pré-treinado %5</translation>
    </message>
</context>
<context>
    <name>colorproxy::CurvePlot</name>
    <message>
        <location filename="../ui/monitor/curveplot.cpp" line="+138"/>
        <source>Smoothing</source>
        <translation>Suavização</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exponential moving average of each curve (0 = raw values)</source>
        <translation>Média móvel exponencial de cada curva (0 = valores brutos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log scale</source>
        <translation>Escala log.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all data and follow new points (or double-click the plot)</source>
        <translation>Mostrar todos os dados e acompanhar novos pontos (ou clique duas vezes no gráfico)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this plot as a PNG image, or its raw points as CSV</source>
        <translation>Guardar este gráfico como imagem PNG, ou os seus pontos em bruto como CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plot as PNG image…</source>
        <translation>Gráfico como imagem PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points as CSV…</source>
        <translation>Pontos como CSV…</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%1 · %2 (%n seeds)</source>
        <translation>
            <numerusform>%1 · %2 (%n semente)</numerusform>
            <numerusform>%1 · %2 (%n sementes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+150"/>
        <source> (raw %1)</source>
        <translation> (bruto %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Export curves as CSV</source>
        <translation>Exportar curvas como CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Export plot as PNG</source>
        <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: check that the folder exists and is writable.</source>
        <translation>Não é possível gravar %1: verifique se a pasta existe e permite gravação.</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetBrowser</name>
    <message>
        <location filename="../ui/datasets/datasetbrowser.cpp" line="+49"/>
        <source>Show one split only</source>
        <translation>Mostrar só uma partição</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only images that contain this class</source>
        <translation>Mostrar só imagens que contêm esta classe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search file names</source>
        <translation>Pesquisar nomes de ficheiro</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+194"/>
        <source>No labels</source>
        <translation>Sem rótulos</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L (lightness: the colorizer&apos;s input)</source>
        <translation>L (luminosidade: a entrada do colorizador)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a (green–red: to predict)</source>
        <translation>a (verde–vermelho: a prever)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>b (blue–yellow: to predict)</source>
        <translation>b (azul–amarelo: a prever)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pretext task made visible: the network sees L and predicts a and b</source>
        <translation>A tarefa de pretexto tornada visível: a rede vê L e prevê a e b</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mask opacity</source>
        <translation>Opacidade da máscara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point at a class</source>
        <translation>Aponte para uma classe</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+56"/>
        <source>Pick an image in the grid.</source>
        <translation>Escolha uma imagem na grade.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Open a dataset folder to browse its images.</source>
        <translation>Abra uma pasta de conjunto de dados para navegar pelas imagens.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>void</source>
        <translation>sem rótulo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All splits</source>
        <translation>Todas as partições</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All classes</source>
        <translation>Todas as classes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All classes (reading masks…)</source>
        <translation>Todas as classes (a ler máscaras…)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n image(s) shown</source>
        <translation>
            <numerusform>%n imagem mostrada</numerusform>
            <numerusform>%n imagens mostradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No image matches the filters.</source>
        <translation>Nenhuma imagem corresponde aos filtros.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading masks…</source>
        <translation>A ler máscaras…</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetForm</name>
    <message>
        <location filename="../ui/wizards/datasetform.cpp" line="+37"/>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hold-out share:</source>
        <translation>Fração &amp;reservada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image limit:</source>
        <translation>&amp;Limite de imagens:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2 images)</source>
        <translation>%1 (%2 imagens)</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetFormatBox</name>
    <message>
        <location filename="../ui/widgets/datasetformatbox.cpp" line="+24"/>
        <source>Detect automatically</source>
        <translation>Detectar automaticamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image folder (recursive)</source>
        <translation>Pasta de imagens (recursiva)</translation>
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
        <translation>CamVid (estrutura SegNet)</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetStatsView</name>
    <message>
        <location filename="../ui/datasets/datasetstatsview.cpp" line="+57"/>
        <source>Images per split</source>
        <translation>Imagens por partição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images per class</source>
        <translation>Imagens por classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of mask pixels per class (%)</source>
        <translation>Fração de pixels de máscara por classe (%)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem file</source>
        <translation>Ficheiro com problema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>Partição</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Problem files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ficheiros com problema&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a dataset to see its statistics.</source>
        <translation>Abra um conjunto de dados para ver suas estatísticas.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Counting images and mask pixels per class…</source>
        <translation>A contar imagens e pixels de máscara por classe…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 in %2, %3; %4.</source>
        <translation>%1 em %2, %3; %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagem</numerusform>
            <numerusform>%n imagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n split(s)</source>
        <translation>
            <numerusform>%n subconjunto</numerusform>
            <numerusform>%n subconjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n classe</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem file(s)</source>
        <translation>
            <numerusform>%n ficheiro com problemas</numerusform>
            <numerusform>%n ficheiros com problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetSummaryView</name>
    <message>
        <location filename="../ui/datasets/datasetsummaryview.cpp" line="+22"/>
        <source>Split</source>
        <translation>Partição</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usable images</source>
        <translation>Imagens utilizáveis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images found</source>
        <translation>Imagens encontradas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With labels / masks</source>
        <translation>Com rótulos / máscaras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No problems found</source>
        <translation>Nenhum problema encontrado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No dataset chosen yet.</source>
        <translation>Nenhum conjunto de dados escolhido ainda.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scanning %1 …</source>
        <translation>A analisar %1 …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Format:&lt;/b&gt; %1 (%2) — %3 in %4</source>
        <translation>&lt;b&gt;Formato:&lt;/b&gt; %1 (%2) — %3 em %4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n&lt;/b&gt; usable image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; imagem utilizável</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; imagens utilizáveis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n split(s)</source>
        <translation>
            <numerusform>%n subconjunto</numerusform>
            <numerusform>%n subconjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&lt;b&gt;%n label class(es):&lt;/b&gt; </source>
        <translation>
            <numerusform>&lt;b&gt;%n classe de rótulo:&lt;/b&gt; </numerusform>
            <numerusform>&lt;b&gt;%n classes de rótulo:&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;%n mask class(es):&lt;/b&gt; </source>
        <translation>
            <numerusform>&lt;b&gt;%n classe de máscara:&lt;/b&gt; </numerusform>
            <numerusform>&lt;b&gt;%n classes de máscara:&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No labels or masks: usable for colorization pretraining.</source>
        <translation>Sem rótulos nem máscaras: utilizável para o pré-treino de colorização.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
… and %1 more</source>
        <translation>
… e mais %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::DatasetsPage</name>
    <message>
        <location filename="../ui/datasets/datasetspage.cpp" line="+43"/>
        <source>&lt;h2&gt;Datasets&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Conjuntos de dados&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a folder of photos, or a COCO, Pascal VOC 2012 or CamVid dataset (or drop it here). The format is detected from the folder layout; browse the images with their labels and masks, and see the statistics and unusable files.</source>
        <translation>Abra uma pasta de fotos ou um conjunto de dados COCO, Pascal VOC 2012 ou CamVid (ou solte-o aqui). O formato é detetado pela estrutura da pasta; navegue pelas imagens com seus rótulos e máscaras e veja as estatísticas e os ficheiros inutilizáveis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a dataset folder</source>
        <translation>Abrir uma pasta de conjunto de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset folder</source>
        <translation>Pasta do conjunto de dados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse</source>
        <translation>&amp;Navegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatistics</source>
        <translation>Es&amp;tatísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary</source>
        <translation>Res&amp;umo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pretrain a colorizer on this dataset…</source>
        <translation>Pré-treinar um colorizador neste conjunto de dados…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scanning %1 …</source>
        <translation>A analisar %1 …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Format:&lt;/b&gt; %1 (%2) — %3 in %4, %5</source>
        <translation>&lt;b&gt;Formato:&lt;/b&gt; %1 (%2) — %3 em %4, %5</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n&lt;/b&gt; usable image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; imagem utilizável</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; imagens utilizáveis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n split(s)</source>
        <translation>
            <numerusform>%n subconjunto</numerusform>
            <numerusform>%n subconjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem file(s)</source>
        <translation>
            <numerusform>%n ficheiro com problemas</numerusform>
            <numerusform>%n ficheiros com problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>colorproxy::DeviceBox</name>
    <message>
        <location filename="../ui/widgets/devicebox.cpp" line="+6"/>
        <source>Automatic (CUDA when available, else CPU)</source>
        <translation>Automático (CUDA quando disponível, senão CPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
</context>
<context>
    <name>colorproxy::ExperimentDialog</name>
    <message>
        <location filename="../ui/wizards/experimentdialog.cpp" line="+50"/>
        <source>New experiment</source>
        <translation>Novo experimento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does colorization pretraining help? ColorProxy pretrains a colorizer once (or reuses one), then fine-tunes a randomly initialised baseline and the pretrained network on identical data and batches for every seed, and reports the paired differences with a plain verdict.</source>
        <translation>O pré-treino por colorização ajuda? O ColorProxy pré-treina um colorizador uma vez (ou reutiliza um), depois faz o ajuste fino de uma linha de base inicializada aleatoriamente e da rede pré-treinada com dados e lotes idênticos para cada semente, e relata as diferenças pareadas com um veredito claro.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Quick — the bundled samples, 64 px, minutes on a CPU</source>
        <translation>Rápido — as amostras incluídas, 64 px, minutos numa CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study — CamVid label efficiency, 128 px, 6 seeds (about 90 minutes on 2 cores)</source>
        <translation>Estudo — eficiência de rótulos no CamVid, 128 px, 6 sementes (cerca de 90 minutos em 2 núcleos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper — Pascal VOC 2012, 256 px, ngf 64 (a GPU helps)</source>
        <translation>Artigo — Pascal VOC 2012, 256 px, ngf 64 (uma GPU ajuda)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segmentati&amp;on</source>
        <translation>&amp;Segmentação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multilabel classification</source>
        <translation>Classificação &amp;multirrótulo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each seed fine-tunes one baseline and one pretrained network; the verdict needs several to tell a consistent gain from noise.</source>
        <translation>Cada semente ajusta uma linha de base e uma rede pré-treinada; o veredito precisa de várias para distinguir um ganho consistente de ruído.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>100 (every image), or e.g. 5,10,25,50,100</source>
        <translation>100 (todas as imagens) ou, por ex., 5,10,25,50,100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label efficiency: both networks are fine-tuned on each share of the labelled training images (percentages, increasing). Smaller sets are subsets of larger ones and the same for both networks; the report plots the metric with its confidence interval against the share.</source>
        <translation>Eficiência de rótulos: ambas as redes são afinadas em cada proporção das imagens de treino rotuladas (percentagens, crescentes). Os conjuntos menores são subconjuntos dos maiores e iguais para ambas as redes; o relatório representa a métrica com o seu intervalo de confiança em função da proporção.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Predefinição:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data folder:</source>
        <translation>Pasta de &amp;dados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks:</source>
        <translation>Tarefas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eeds:</source>
        <translation>S&amp;ementes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hares of the labels (%):</source>
        <translation>Proporções dos rótu&amp;los (%):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pretrain a &amp;colorizer first (part of the experiment)</source>
        <translation>Pré-treinar um &amp;colorizador primeiro (parte do experimento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reuse a colorization run or model file:</source>
        <translation>&amp;Reutilizar uma execução de colorização ou ficheiro de modelo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a colorization model</source>
        <translation>Escolha um modelo de colorização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.pt *.pth);;All files (*)</source>
        <translation>Modelos (*.pt *.pth);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a run folder, a .pt file or a pix2pix latest_net_G.pth</source>
        <translation>uma pasta de execução, um ficheiro .pt ou um latest_net_G.pth do pix2pix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bundled model</source>
        <translation>Modelo incl&amp;uído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The small colorizer that comes with ColorProxy (128 px, ngf 16)</source>
        <translation>O pequeno colorizador que vem com o ColorProxy (128 px, ngf 16)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colorizer</source>
        <translation>Colorizador</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all cores (%1)</source>
        <translation>todos os núcleos (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs folder</source>
        <translation>Pasta de execuções</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks and output</source>
        <translation>Redes e saída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image size:</source>
        <translation>Tamanho da &amp;imagem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generator width (ngf):</source>
        <translation>Largura d&amp;o gerador (ngf):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;wnsamplings:</source>
        <translation>Su&amp;bamostragens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;uns folder:</source>
        <translation>Pasta de e&amp;xecuções:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the settings that will run (JSON)</source>
        <translation>Mostrar as definições que serão executadas (JSON)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start</source>
        <translation>Inici&amp;ar</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 generator, ngf %2, %3 downsamplings%4.</source>
        <translation>Gerador %1, ngf %2, %3 subamostragens%4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colorization</source>
        <translation>de colorização</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, trained at %1 px</source>
        <translation>, treinado com %1 px</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The data folder holds photos/, camvid/ and coco128/ (resources/samples). Pretraining uses the photos and the training images; segmentation is tested on CamVid, classification on COCO.</source>
        <translation>A pasta de dados contém photos/, camvid/ e coco128/ (resources/samples). O pré-treino usa as fotos e as imagens de treino; a segmentação é testada no CamVid e a classificação no COCO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data folder is CamVid (train/, val/, test/ with their annotations). Pretraining uses the train and val images only, never test; both networks are fine-tuned on 10, 25, 50 and 100 % of the labelled training images with 6 seeds each, for the same number of steps.</source>
        <translation>A pasta de dados é o CamVid (train/, val/, test/ com as suas anotações). O pré-treino usa apenas as imagens de train e val, nunca as de test; ambas as redes são afinadas em 10, 25, 50 e 100 % das imagens de treino rotuladas com 6 sementes cada, com o mesmo número de passos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data folder is Pascal VOC 2012 (VOCdevkit/VOC2012 or the folder itself), as in the paper: segmentation on its Segmentation split, 20-class classification on Main.</source>
        <translation>A pasta de dados é o Pascal VOC 2012 (VOCdevkit/VOC2012 ou a própria pasta), como no artigo: segmentação na divisão Segmentation, classificação de 20 classes na Main.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading %1…</source>
        <translation>A ler %1…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose the data folder.</source>
        <translation>Escolha a pasta de dados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the colorization run or model file to reuse, or pretrain one first.</source>
        <translation>Escolha a execução de colorização ou o ficheiro de modelo a reutilizar, ou pré-treine um primeiro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the experiment a name.</source>
        <translation>Dê um nome ao experimento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the runs folder.</source>
        <translation>Escolha a pasta de execuções.</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneDatasetPage</name>
    <message>
        <location filename="../ui/wizards/finetunedatasetpage.cpp" line="+19"/>
        <source>Labelled dataset</source>
        <translation>Conjunto de dados rotulado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a labelled dataset</source>
        <translation>Escolher um conjunto de dados rotulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COCO (YOLO labels or masks), Pascal VOC 2012 or CamVid root</source>
        <translation>Raiz de COCO (rótulos YOLO ou máscaras), Pascal VOC 2012 ou CamVid</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Training split:</source>
        <translation>Partição de &amp;treino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Validation split:</source>
        <translation>Partição de &amp;validação:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;est split:</source>
        <translation>Partição de t&amp;este:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When no validation split is left over, this share of the training split is held out to pick the learning curves&apos; validation points.</source>
        <translation>Quando não sobra uma partição de validação, esta fração da partição de treino é reservada para obter os pontos de validação das curvas de aprendizagem.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Segmentation needs masks: CamVid, Pascal VOC SegmentationClass, or COCO masks.</source>
        <translation>A segmentação precisa de máscaras: CamVid, Pascal VOC SegmentationClass ou máscaras COCO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification needs image labels: COCO (YOLO label files or instances JSON) or Pascal VOC annotations.</source>
        <translation>A classificação precisa de rótulos de imagem: COCO (ficheiros de rótulo YOLO ou JSON de instances) ou anotações Pascal VOC.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a labelled dataset folder.</source>
        <translation>Escolha uma pasta de conjunto de dados rotulado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no segmentation masks. Choose CamVid, Pascal VOC (SegmentationClass) or COCO with masks, or go back and pick classification.</source>
        <translation>%1 não tem máscaras de segmentação. Escolha CamVid, Pascal VOC (SegmentationClass) ou COCO com máscaras, ou volte e escolha classificação.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no image labels. Choose COCO or Pascal VOC, or go back and pick segmentation.</source>
        <translation>%1 não tem rótulos de imagem. Escolha COCO ou Pascal VOC, ou volte e escolha segmentação.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Default (train)</source>
        <translation>Padrão (train)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default (val, else a hold-out of train)</source>
        <translation>Padrão (val, senão uma reserva de train)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default (test, else val)</source>
        <translation>Padrão (test, senão val)</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneInitPage</name>
    <message>
        <location filename="../ui/wizards/finetuneinitpage.cpp" line="+28"/>
        <source>Initialisation</source>
        <translation>Inicialização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The point of the experiment: does starting from colorization weights beat starting from random ones? Train both to see.</source>
        <translation>O objetivo do experimento: começar com pesos de colorização é melhor do que começar com pesos aleatórios? Treine ambos para ver.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start from</source>
        <translation>Começar de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Baseline only — random weights, N(0, 0.02)</source>
        <translation>Só linha de &amp;base — pesos aleatórios, N(0; 0,02)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pretrained only — the weights of a colorization run</source>
        <translation>Só &amp;pré-treinado — os pesos de uma execução de colorização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;oth side by side — baseline, then pretrained, on the same splits</source>
        <translation>Ambos &amp;lado a lado — linha de base, depois pré-treinado, nas mesmas partições</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Colorization run</source>
        <translation>Execução de colorização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a colorization run folder</source>
        <translation>Escolher uma pasta de execução de colorização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run:</source>
        <translation>&amp;Execução:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or &amp;folder:</source>
        <translation>ou pa&amp;sta:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Network size</source>
        <translation>Tamanho da rede</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Image size:</source>
        <translation>Tamanho da &amp;imagem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator &amp;width (ngf):</source>
        <translation>Largura d&amp;o gerador (ngf):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Downsamplings:</source>
        <translation>&amp;Reduções de resolução:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a pretrained run these come from its generator, so that its weights fit; the baseline uses the same sizes for a fair comparison.</source>
        <translation>Com uma execução pré-treinada, estes valores vêm do seu gerador, para que os pesos se encaixem; a linha de base usa os mesmos tamanhos para uma comparação justa.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a finished colorization run…</source>
        <translation>Escolha uma execução de colorização concluída…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — %1 %2</source>
        <translation> — %1 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 pretext, %2 px, ngf %3, %4 downsamplings, trained on %5.</source>
        <translation>Pretexto %1, %2 px, ngf %3, %4 reduções de resolução, treinado em %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the run&apos;s settings: %1</source>
        <translation>Não é possível ler as definições da execução: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the colorization run whose generator initialises the pretrained network.</source>
        <translation>Escolha a execução de colorização cujo gerador inicializa a rede pré-treinada.</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneReviewPage</name>
    <message>
        <location filename="../ui/wizards/finetunereviewpage.cpp" line="+14"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One run per tab, in the order they will train. Each tab is that run&apos;s config.json.</source>
        <translation>Uma execução por aba, na ordem em que serão treinadas. Cada aba é o config.json dessa execução.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>&lt;b&gt;%n run(s)&lt;/b&gt; of %1 on &lt;b&gt;%2&lt;/b&gt;, %3 px, queued one after another; their curves share the monitor&apos;s plots.</source>
        <translation>
            <numerusform>&lt;b&gt;%n execução&lt;/b&gt; de %1 em &lt;b&gt;%2&lt;/b&gt;, %3 px, enfileirada; as curvas compartilham os gráficos do monitor.</numerusform>
            <numerusform>&lt;b&gt;%n execuções&lt;/b&gt; de %1 em &lt;b&gt;%2&lt;/b&gt;, %3 px, enfileiradas uma após a outra; as curvas compartilham os gráficos do monitor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneSchedulePage</name>
    <message>
        <location filename="../ui/wizards/finetuneschedulepage.cpp" line="+22"/>
        <source>Training schedule</source>
        <translation>Cronograma de treino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each phase trains for some epochs at one learning rate with some parts frozen. The paper first trains the new head on frozen pretrained weights, then fine-tunes everything.</source>
        <translation>Cada fase treina por algumas épocas com uma taxa de aprendizagem, com algumas partes congeladas. O artigo primeiro treina a nova cabeça sobre os pesos pré-treinados congelados e depois faz o ajuste fino de tudo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline (random initialisation)</source>
        <translation>Linha de base (inicialização aleatória)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pretrained (colorization initialisation)</source>
        <translation>Pré-treinado (inicialização por colorização)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the paper&apos;s schedules</source>
        <translation>Usar os cronogramas do artigo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the paper&apos;s (32 classification, 16 segmentation)</source>
        <translation>a do artigo (32 classificação, 16 segmentação)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch si&amp;ze:</source>
        <translation>Tamanho do &amp;lote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam β&amp;1:</source>
        <translation>Adam β&amp;1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 as Keras&apos; default, which the paper&apos;s code uses.</source>
        <translation>%1, o padrão do Keras, usado pelo código do artigo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Every schedule needs at least one phase (or press &quot;Use the paper&apos;s schedules&quot;).</source>
        <translation>Cada cronograma precisa de pelo menos uma fase (ou clique em &quot;Usar os cronogramas do artigo&quot;).</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneSeedsPage</name>
    <message>
        <location filename="../ui/wizards/finetuneseedspage.cpp" line="+28"/>
        <source>Seeds and execution</source>
        <translation>Sementes e execução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the comparison with several seeds: on small datasets the difference between two runs can be larger than the effect of pretraining.</source>
        <translation>Repita a comparação com várias sementes: em conjuntos de dados pequenos, a diferença entre duas execuções pode ser maior que o efeito do pré-treino.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 1, 2, 3 or 1-5</source>
        <translation>p. ex. 1, 2, 3 ou 1-5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Train each run data-parallel in this many processes on this machine</source>
        <translation>Treinar cada execução em paralelo de dados neste número de processos nesta máquina</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>S&amp;ynchronised batch norm</source>
        <translation>Batch norm s&amp;incronizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The U-Net&apos;s batch norms use the statistics of the whole step&apos;s batch across all processes, instead of each process&apos;s own share (as PyTorch&apos;s SyncBatchNorm)</source>
        <translation>As batch norms da U-Net usam as estatísticas do lote inteiro do passo em todos os processos, em vez da parte de cada processo (como o SyncBatchNorm do PyTorch)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bfloat16 autocast</source>
        <translation>autocast bfloat16</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for run folders</source>
        <translation>Pasta para as pastas de execução</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Seeds:</source>
        <translation>&amp;Sementes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;cesses on this machine:</source>
        <translation>P&amp;rocessos nesta máquina:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than one trains each run data-parallel: each process takes its share of every epoch with the batch size set before, gradients are averaged, and the first process writes the run folder. Synchronised batch norm makes processes × batch train like one process with the whole batch (segmentation&apos;s U-Net). Threads &quot;all cores&quot; are shared between the processes.</source>
        <translation>Mais de um treina cada execução em paralelo de dados: cada processo fica com a sua parte de cada época com o tamanho de lote definido antes, os gradientes são calculados em média e o primeiro processo escreve a pasta da execução. A batch norm sincronizada faz processos × lote treinar como um só processo com o lote inteiro (a U-Net da segmentação). Os threads «todos os núcleos» são partilhados entre os processos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision:</source>
        <translation>Precisão:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Runs folder:</source>
        <translation>Pasta de &amp;execuções:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run name &amp;prefix:</source>
        <translation>&amp;Prefixo do nome da execução:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each run is named &lt;prefix&gt;-baseline-s&lt;seed&gt; or &lt;prefix&gt;-pretrained-s&lt;seed&gt;.</source>
        <translation>Cada execução se chama &lt;prefixo&gt;-baseline-s&lt;semente&gt; ou &lt;prefixo&gt;-pretrained-s&lt;semente&gt;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Seed range &quot;%1&quot; must go upwards and hold at most 100 seeds.</source>
        <translation>O intervalo de sementes &quot;%1&quot; deve ser crescente e ter no máximo 100 sementes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a seed: use whole numbers such as 1, 2, 3 or a range 1-5.</source>
        <translation>&quot;%1&quot; não é uma semente: use números inteiros como 1, 2, 3 ou um intervalo 1-5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give at least one seed.</source>
        <translation>Informe pelo menos uma semente.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n run(s) will be queued: %1</source>
        <translation>
            <numerusform>%n execução será enfileirada: %1</numerusform>
            <numerusform>%n execuções serão enfileiradas: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each trains in %1 processes.</source>
        <translation>Cada uma treina em %1 processos.</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneTaskPage</name>
    <message>
        <location filename="../ui/wizards/finetunetaskpage.cpp" line="+29"/>
        <source>Downstream task</source>
        <translation>Tarefa-alvo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the pretrained features are tested on. A randomly initialised baseline trains on the same splits, so the two can be compared.</source>
        <translation>Onde as características pré-treinadas são testadas. Uma linha de base inicializada aleatoriamente treina nas mesmas partições, para que as duas possam ser comparadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Multilabel classification</source>
        <translation>Classificação &amp;multirrótulo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Semantic segmentation</source>
        <translation>&amp;Segmentação semântica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The generator&apos;s encoder plus a dense head predicts which classes appear in an image (binary cross-entropy). Scored by mean average precision (mAP) and exact-match accuracy.</source>
        <translation>O codificador do gerador com uma cabeça densa prevê quais classes aparecem numa imagem (entropia cruzada binária). Avaliado pela precisão média (mAP) e pela exatidão de correspondência exata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole U-Net with a new 1×1 output layer labels every pixel (cross-entropy, void ignored). Scored by mean intersection-over-union (mIoU) and pixel accuracy.</source>
        <translation>A U-Net inteira com uma nova camada de saída 1×1 rotula cada pixel (entropia cruzada, void ignorado). Avaliada pela média de interseção sobre união (mIoU) e pela exatidão por pixel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dense layers on the flattened bottleneck (the paper)</source>
        <translation>Camadas densas sobre o gargalo achatado (o artigo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global average pooling (fewer parameters)</source>
        <translation>Pooling de média global (menos parâmetros)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All classes of the dataset</source>
        <translation>Todas as classes do conjunto de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 20 Pascal VOC classes (COCO names mapped)</source>
        <translation>As 20 classes do Pascal VOC (nomes COCO mapeados)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median frequency balancing</source>
        <translation>Balanceamento por frequência mediana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification options</source>
        <translation>Opções de classificação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Head:</source>
        <translation>&amp;Cabeça:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels:</source>
        <translation>&amp;Rótulos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper classifies the 20 VOC classes; with COCO data the VOC view maps COCO&apos;s names onto them.</source>
        <translation>O artigo classifica as 20 classes do VOC; com dados COCO, a visão VOC mapeia os nomes do COCO para elas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segmentation options</source>
        <translation>Opções de segmentação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class &amp;weights:</source>
        <translation>&amp;Pesos das classes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights rare classes up in the loss (SegNet&apos;s median frequency balancing); the paper uses none.</source>
        <translation>Aumenta o peso das classes raras na perda (balanceamento por frequência mediana do SegNet); o artigo não usa nenhum.</translation>
    </message>
</context>
<context>
    <name>colorproxy::FinetuneWizard</name>
    <message>
        <location filename="../ui/wizards/finetunewizard.cpp" line="+20"/>
        <source>New fine-tuning</source>
        <translation>Novo ajuste fino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start training</source>
        <translation>Iniciar treino</translation>
    </message>
</context>
<context>
    <name>colorproxy::HintOverlay</name>
    <message>
        <location filename="../ui/colorize/hintoverlay.cpp" line="+160"/>
        <source>Move a colour point</source>
        <translation>Mover um ponto de cor</translation>
    </message>
</context>
<context>
    <name>colorproxy::HintPanel</name>
    <message>
        <location filename="../ui/colorize/hintpanel.cpp" line="+81"/>
        <location line="+128"/>
        <source>Pick a model first.</source>
        <translation>Escolha primeiro um modelo.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>The side of the square a point colours, in the network&apos;s pixels</source>
        <translation>O lado do quadrado que um ponto colore, em píxeis da rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze:</source>
        <translation>Ta&amp;manho:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+294"/>
        <source>Suggested colours:</source>
        <translation>Cores sugeridas:</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo the last change of the points (%1)</source>
        <translation>Anular a última alteração dos pontos (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo (%1)</source>
        <translation>Refazer (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clea&amp;r</source>
        <translation>Limpa&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every point (undoable)</source>
        <translation>Remover todos os pontos (pode ser anulado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load…</source>
        <translation>Abr&amp;ir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load points saved before (a .hints.json file)</source>
        <translation>Abrir pontos guardados antes (um ficheiro .hints.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>G&amp;uardar como…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the points as a .hints.json file (Save result… also saves them beside the photo; colorproxy-cli colorize --hints reads them)</source>
        <translation>Guardar os pontos num ficheiro .hints.json (Guardar resultado… também os guarda ao lado da fotografia; colorproxy-cli colorize --hints lê-os)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Colour points&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pontos de cor&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Points:</source>
        <translation>Pontos:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the model…</source>
        <translation>A carregar o modelo…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This model takes no colour points: it was pretrained without hints. Pick one pretrained with colour hints (colorproxy-cli pretrain --hints) to guide the colours by hand.</source>
        <translation>Este modelo não aceita pontos de cor: foi pré-treinado sem dicas. Escolha um pré-treinado com dicas de cor (colorproxy-cli pretrain --hints) para guiar as cores à mão.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model could not be loaded: %1</source>
        <translation>Não foi possível carregar o modelo: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a photo to place colour points on it.</source>
        <translation>Abra uma fotografia para lhe colocar pontos de cor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the photo to place a colour point; drag to move it, Delete removes it.</source>
        <translation>Clique na fotografia para colocar um ponto de cor; arraste para o mover, Delete remove-o.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Change a point&apos;s colour</source>
        <translation>Alterar a cor de um ponto</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n ponto</numerusform>
            <numerusform>%n pontos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n point(s) · preview in %1 ms</source>
        <translation>
            <numerusform>%n ponto · pré-visualização em %1 ms</numerusform>
            <numerusform>%n pontos · pré-visualização em %1 ms</numerusform>
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
        <translation>a %1, b %2: %3 % provável aqui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested colours: …</source>
        <translation>Cores sugeridas: …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No point selected</source>
        <translation>Nenhum ponto selecionado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>L %1, a %2, b %3</source>
        <translation>L %1, a %2, b %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 at (%2, %3)</source>
        <translation>%1 em (%2, %3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not save the colour points to %1: %2. Check that the folder exists and is writable.</source>
        <translation>Não foi possível guardar os pontos de cor em %1: %2. Verifique se a pasta existe e se pode ser escrita.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot load colour points from %1: %2
Fix the file, or place the points again and save them with Save….</source>
        <translation>Não é possível abrir pontos de cor de %1: %2
Corrija o ficheiro, ou coloque os pontos de novo e guarde-os com Guardar como….</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the photo the points belong to first, then load %1.</source>
        <translation>Abra primeiro a fotografia a que os pontos pertencem e depois abra %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Load colour points</source>
        <translation>Abrir pontos de cor</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>Loaded %n colour point(s) from %1</source>
        <translation>
            <numerusform>%n ponto de cor aberto de %1</numerusform>
            <numerusform>%n pontos de cor abertos de %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the colour points</source>
        <translation>Guardar os pontos de cor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour points (*.hints.json *.json)</source>
        <translation>Pontos de cor (*.hints.json *.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the colour points to %1</source>
        <translation>Pontos de cor guardados em %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save failed</source>
        <translation>Falha ao guardar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colour points (*.hints.json *.json);;All files (*)</source>
        <translation>Pontos de cor (*.hints.json *.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot load the colour points</source>
        <translation>Não é possível abrir os pontos de cor</translation>
    </message>
</context>
<context>
    <name>colorproxy::HintPoints</name>
    <message>
        <location filename="../ui/colorize/hintpoints.cpp" line="+41"/>
        <source>Add a colour point</source>
        <translation>Adicionar um ponto de cor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove a colour point</source>
        <translation>Remover um ponto de cor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove all colour points</source>
        <translation>Remover todos os pontos de cor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change a point&apos;s colour</source>
        <translation>Alterar a cor de um ponto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change a point&apos;s size</source>
        <translation>Alterar o tamanho de um ponto</translation>
    </message>
</context>
<context>
    <name>colorproxy::HintPreviewWorker</name>
    <message>
        <location filename="../ui/colorize/hintpreviewworker.cpp" line="+112"/>
        <source>The preview failed: %1</source>
        <translation>A pré-visualização falhou: %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::JobWorker</name>
    <message>
        <location filename="../ui/jobs/jobworker.cpp" line="+22"/>
        <source>The earlier curves of %1 could not be read: %2</source>
        <translation>Não foi possível ler as curvas anteriores de %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The job failed with an unknown error.</source>
        <translation>O trabalho falhou com um erro desconhecido.</translation>
    </message>
</context>
<context>
    <name>colorproxy::LabelEfficiencyPanel</name>
    <message>
        <location filename="../ui/results/labelefficiencypanel.cpp" line="+24"/>
        <source>Points: mean over the seeds; bars: 95 % bootstrap interval; dashed: the trivial predictor. Per label fraction: gain or loss when the 95 % interval of the paired difference excludes 0 and p &lt; 0.05, else inconclusive; not judged when a network did not beat the trivial predictor.</source>
        <translation>Pontos: média sobre as sementes; barras: intervalo bootstrap de 95 %; tracejado: o preditor trivial. Por fração de rótulos: ganho ou perda quando o intervalo de 95 % da diferença emparelhada exclui 0 e p &lt; 0,05, senão inconclusivo; não avaliado quando uma rede não superou o preditor trivial.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: %2 by label fraction</source>
        <translation>%1: %2 por fração de rótulos</translation>
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
        <translation>linha de base (inicialização aleatória)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colorization-pretrained</source>
        <translation>pré-treinado por colorização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trivial predictor</source>
        <translation>preditor trivial</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>share of the labelled training images</source>
        <translation>proporção das imagens de treino rotuladas</translation>
    </message>
</context>
<context>
    <name>colorproxy::LabelsPage</name>
    <message>
        <location filename="../ui/labels/labelspage.cpp" line="+62"/>
        <source>Open an experiment folder, or choose a baseline and a pretrained multilabel classification run, to see their predicted label probabilities image by image and their precision-recall curves class by class.</source>
        <translation>Abra uma pasta de experimento ou escolha uma execução de classificação multirrótulo de linha de base e uma pré-treinada para ver as probabilidades de rótulo previstas imagem por imagem e as curvas de precisão-revocação classe por classe.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Highest baseline loss first</source>
        <translation>Maior perda da linha de base primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest pretrained loss first</source>
        <translation>Maior perda do pré-treinado primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest loss reduction by pretraining first</source>
        <translation>Maior redução de perda pelo pré-treino primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most baseline label errors first</source>
        <translation>Mais erros de rótulo da linha de base primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most pretrained label errors first</source>
        <translation>Mais erros de rótulo do pré-treinado primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-set order</source>
        <translation>Ordem do conjunto de teste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss: the image&apos;s binary cross-entropy averaged over classes; errors: labels wrong at the 0.5 threshold</source>
        <translation>Perda: a entropia cruzada binária da imagem, média sobre as classes; erros: rótulos errados no limiar 0,5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only true and likely classes</source>
        <translation>Só classes verdadeiras e prováveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the true classes and those with a probability of at least 0.1</source>
        <translation>Mostrar as classes verdadeiras e as com probabilidade de pelo menos 0,1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No runs open</source>
        <translation>Nenhuma execução aberta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>probability</source>
        <translation>probabilidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>threshold 0.5</source>
        <translation>limiar 0,5</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision–recall by class</source>
        <translation>Precisão–revocação por classe</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+1"/>
        <source>baseline</source>
        <translation>linha de base</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>pretrained</source>
        <translation>pré-treinado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the test predictions of %1…</source>
        <translation>A ler as previsões de teste de %1…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;b&gt;%1&lt;/b&gt; test images, %2 classes. mAP: baseline %3 → pretrained %4 (&lt;span style=&quot;color:%5&quot;&gt;%6&lt;/span&gt;); exact match %7 → %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; imagens de teste, %2 classes. mAP: linha de base %3 → pré-treinado %4 (&lt;span style=&quot;color:%5&quot;&gt;%6&lt;/span&gt;); correspondência exata %7 → %8.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pretrained</source>
        <translation>Pré-treinado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; test images, %2 classes. %3 (%4): mAP %5, exact match %6.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; imagens de teste, %2 classes. %3 (%4): mAP %5, correspondência exata %6.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+2"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Loss B</source>
        <translation>Perda B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loss P</source>
        <translation>Perda P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Err B</source>
        <translation>Erros B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Err P</source>
        <translation>Erros P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Binary cross-entropy of the image, averaged over the classes</source>
        <translation>Entropia cruzada binária da imagem, média sobre as classes</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Positives</source>
        <translation>Positivos</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>AP baseline</source>
        <translation>AP linha de base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AP pretrained</source>
        <translation>AP pré-treinado</translation>
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
        <translation>Não é possível ler %1 (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>true label</source>
        <translation>rótulo verdadeiro</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;True labels: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Rótulos verdadeiros: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+3"/>
        <source>&lt;p&gt;%1 predicts (≥ 0.5): %2&lt;br&gt;loss %3 · %n wrong label(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 prevê (≥ 0,5): %2&lt;br&gt;perda %3 · %n rótulo errado&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%1 prevê (≥ 0,5): %2&lt;br&gt;perda %3 · %n rótulos errados&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;small&gt;%1 of %2 classes drawn (true or probability ≥ 0.1).&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;%1 de %2 classes desenhadas (verdadeiras ou probabilidade ≥ 0,1).&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 (%n positive(s))</source>
        <translation>
            <numerusform>%1 (%n positivo)</numerusform>
            <numerusform>%1 (%n positivos)</numerusform>
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
        <translation>Colorir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Datasets</source>
        <translation>Conjuntos de dados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>Treinar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>UI latency p50 %1 ms · p99 %2 ms</source>
        <translation>Latência da interface p50 %1 ms · p99 %2 ms</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Abrir conjunto de dados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a dataset folder and see its format, splits and counts</source>
        <translation>Abrir uma pasta de conjunto de dados e ver seu formato, partições e contagens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Run…</source>
        <translation>Abrir &amp;execução…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen a run folder to look at its curves, previews and report</source>
        <translation>Reabrir uma pasta de execução para ver suas curvas, pré-visualizações e relatório</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;Pretraining…</source>
        <translation>Novo &amp;pré-treino…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pretrain a colorizer on unlabelled photos</source>
        <translation>Pré-treinar um colorizador em fotos sem rótulos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;Fine-tuning…</source>
        <translation>Novo a&amp;juste fino…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune a baseline and a pretrained network on a labelled dataset</source>
        <translation>Fazer o ajuste fino de uma linha de base e de uma rede pré-treinada num conjunto de dados rotulado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New E&amp;xperiment…</source>
        <translation>Novo e&amp;xperimento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does pretraining help? Pretrain once, then baseline vs pretrained fine-tuning over several seeds</source>
        <translation>O pré-treino ajuda? Pré-treine uma vez, depois ajuste fino da linha de base contra o pré-treinado em várias sementes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume the running job between batches</source>
        <translation>Pausar ou retomar o trabalho em execução entre lotes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Stop</source>
        <translation>P&amp;arar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running job after the current batch (it can be resumed)</source>
        <translation>Parar o trabalho em execução após o lote atual (pode ser retomado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Datasets</source>
        <translation>&amp;Conjuntos de dados</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+54"/>
        <source>&amp;Train</source>
        <translation>&amp;Treinar</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Runs</source>
        <translation>&amp;Execuções</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colorize</source>
        <translation>C&amp;olorir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Labels</source>
        <translation>&amp;Rótulos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show UI &amp;Latency</source>
        <translation>Mostrar &amp;latência da interface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure how promptly the window reacts (event-loop lateness, p50/p99)</source>
        <translation>Medir a rapidez com que a janela reage (atraso do laço de eventos, p50/p99)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UI latency: measuring…</source>
        <translation>Latência da interface: a medir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Ecrã inteiro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About ColorProxy</source>
        <translation>&amp;Sobre o ColorProxy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;Datasets</source>
        <translation>Conjuntos de &amp;dados recentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent R&amp;uns</source>
        <translation>E&amp;xecuções recentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferências…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeiros passos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a dataset, colorize a photo, run the quick experiment and more, step by step</source>
        <translation>Abrir um conjunto de dados, colorir uma foto, executar a experiência rápida e mais, passo a passo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Cannot open the run</source>
        <translation>Não é possível abrir a execução</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No pair to compare</source>
        <translation>Nenhum par para comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Compare shows a baseline and a pretrained run of the same seed side by side. Fine-tune both (Train ▸ New Fine-tuning…, start from &quot;Both side by side&quot;), or choose two runs on the Compare page.</source>
        <translation>%1

Comparar mostra lado a lado uma execução de linha de base e uma pré-treinada da mesma semente. Faça o ajuste fino de ambas (Treinar ▸ Novo ajuste fino…, começar de “Ambos lado a lado”) ou escolha duas execuções na página Comparar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a dataset folder</source>
        <translation>Abrir uma pasta de conjunto de dados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a run folder</source>
        <translation>Abrir uma pasta de execução</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threads: %1 of %2 cores</source>
        <translation>Threads: %1 de %2 núcleos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping the running job before quitting…</source>
        <translation>A parar o trabalho em execução antes de sair…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training: %1</source>
        <translation>A treinar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: %1</source>
        <translation>Pausado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping: %1</source>
        <translation>A parar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Job stopped</source>
        <translation>Trabalho parado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job finished</source>
        <translation>Trabalho concluído</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training failed</source>
        <translation>O treino falhou</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training in progress</source>
        <translation>Treino em curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A job is running. Stop it (after the current batch; the last checkpoint stays resumable) and quit?</source>
        <translation>Um trabalho está em execução. Pará-lo (após o lote atual; o último checkpoint continua retomável) e sair?</translation>
    </message>
</context>
<context>
    <name>colorproxy::PairedBarChart</name>
    <message>
        <location filename="../ui/runpair/pairedbarchart.cpp" line="+43"/>
        <source>baseline</source>
        <translation>linha de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pretrained</source>
        <translation>pré-treinado</translation>
    </message>
</context>
<context>
    <name>colorproxy::PathEdit</name>
    <message>
        <location filename="../ui/widgets/pathedit.cpp" line="+24"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
</context>
<context>
    <name>colorproxy::PhaseTable</name>
    <message>
        <location filename="../ui/widgets/phasetable.cpp" line="+14"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning rate</source>
        <translation>Taxa de aprendizagem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frozen parts</source>
        <translation>Partes congeladas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frozen parts: transferred, encoder, decoder, head, or a parameter-name prefix; separate several with commas. Empty = everything trains.</source>
        <translation>Partes congeladas: transferred, encoder, decoder, head ou um prefixo de nome de parâmetro; separe várias com vírgulas. Vazio = tudo é treinado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add phase</source>
        <translation>Adicionar fase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove phase</source>
        <translation>Remover fase</translation>
    </message>
</context>
<context>
    <name>colorproxy::PrCurvePlot</name>
    <message>
        <location filename="../ui/labels/prcurveplot.cpp" line="+30"/>
        <source>recall</source>
        <translation>revocação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>precisão</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: AP %2</source>
        <translation>%1: AP %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: AP undefined (no positive)</source>
        <translation>%1: AP indefinido (nenhum positivo)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (○ = threshold 0.5)</source>
        <translation>%1 (○ = limiar 0,5)</translation>
    </message>
</context>
<context>
    <name>colorproxy::PreferencesDialog</name>
    <message>
        <location filename="../ui/main/preferencesdialog.cpp" line="+20"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language is used the next time ColorProxy starts.</source>
        <translation>O novo idioma será usado na próxima vez que o ColorProxy for iniciado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainDatasetPage</name>
    <message>
        <location filename="../ui/wizards/pretraindatasetpage.cpp" line="+21"/>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colorization needs no labels: any folder of colour photos works, as do COCO, Pascal VOC and CamVid folders. Grayscale images are left out — they have no colour to learn.</source>
        <translation>A colorização não precisa de rótulos: qualquer pasta de fotos coloridas serve, assim como pastas COCO, Pascal VOC e CamVid. Imagens em tons de cinzento são deixadas de fora — não têm cor para aprender.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a dataset folder</source>
        <translation>Escolher uma pasta de conjunto de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of images, or a COCO / VOC / CamVid root</source>
        <translation>Pasta de imagens, ou raiz de COCO / VOC / CamVid</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Training split:</source>
        <translation>Partição de &amp;treino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Validation split:</source>
        <translation>Partição de &amp;validação:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used when validation images come from the training split: this share is held out to score PSNR/SSIM and draw previews each epoch.</source>
        <translation>Usado quando as imagens de validação vêm da partição de treino: esta fração é reservada para medir PSNR/SSIM e desenhar pré-visualizações a cada época.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feature probe while pretraining (labelled dataset, optional)</source>
        <translation>Sonda de características durante o pré-treino (conjunto de dados rotulado, opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a labelled dataset for the feature probe</source>
        <translation>Escolha um conjunto de dados rotulado para a sonda de características</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: no probe</source>
        <translation>Nenhum: sem sonda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Probe dataset:</source>
        <translation>Conjunto da &amp;sonda:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After every epoch a k-NN probe classifies this dataset&apos;s images by the encoder&apos;s bottleneck features and writes its test mAP to metrics.csv (probe_knn_mAP); the monitor draws it beside SSIM. Use a dataset with image labels (COCO, Pascal VOC, YOLO). It changes no weights.</source>
        <translation>Após cada época, uma sonda k-NN classifica as imagens deste conjunto de dados pelas características do estrangulamento do codificador e escreve a sua mAP de teste em metrics.csv (probe_knn_mAP); o monitor desenha-a ao lado da SSIM. Use um conjunto de dados com rótulos de imagem (COCO, Pascal VOC, YOLO). Não altera nenhum peso.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a dataset folder.</source>
        <translation>Escolha uma pasta de conjunto de dados.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Reader&apos;s default (training split, or every image)</source>
        <translation>Padrão do leitor (partição de treino, ou todas as imagens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader&apos;s default (validation split, else a hold-out)</source>
        <translation>Padrão do leitor (partição de validação, senão uma reserva)</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainDevicePage</name>
    <message>
        <location filename="../ui/wizards/pretraindevicepage.cpp" line="+27"/>
        <source>Device, threads and output</source>
        <translation>Dispositivo, threads e saída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the training runs and where its run folder (config, metrics, checkpoints, previews) is written.</source>
        <translation>Onde o treino é executado e onde sua pasta de execução (definição, métricas, checkpoints, pré-visualizações) é gravada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Synchronised batch norm</source>
        <translation>Batch norm &amp;sincronizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The generator&apos;s batch norms normalise with the statistics of the whole step&apos;s batch, summed over all processes, instead of each process&apos;s own share (as PyTorch&apos;s SyncBatchNorm)</source>
        <translation>As batch norms do gerador normalizam com as estatísticas do lote inteiro do passo, somadas sobre todos os processos, em vez da parte de cada processo (como a SyncBatchNorm do PyTorch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bfloat16 autocast</source>
        <translation>autocast bfloat16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels-last memory format</source>
        <translation>Formato de memória channels-last</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for run folders</source>
        <translation>Pasta para as pastas de execução</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;cesses on this machine:</source>
        <translation>P&amp;rocessos nesta máquina:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than one trains data-parallel: each process takes its share of every epoch with the batch size set before (so a step sees batch × processes images), gradients are averaged, and the first process writes the run folder. Batch-norm statistics stay each process&apos;s own unless synchronised: then processes × batch train like one process with the whole batch, worth it when the batch per process is small. Threads &quot;all cores&quot; are shared between the processes. For several machines use the command line (torchrun or srun).</source>
        <translation>Mais do que um treina em paralelo de dados: cada processo fica com a sua parte de cada época com o tamanho de lote escolhido antes (um passo vê lote × processos imagens), os gradientes são calculados em média e o primeiro processo escreve a pasta da execução. As estatísticas de batch norm continuam a ser as de cada processo, salvo se sincronizadas: então processos × lote treinam como um processo com o lote inteiro, o que compensa quando o lote por processo é pequeno. Threads &quot;todos os núcleos&quot; são repartidas entre os processos. Para várias máquinas use a linha de comandos (torchrun ou srun).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATen threads of the training thread. This machine has %1 logical cores; leave one free if you want to keep working while it trains.</source>
        <translation>Threads ATen da thread de treino. Esta máquina tem %1 núcleos lógicos; deixe um livre se quiser continuar a trabalhar durante o treino.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Precision:</source>
        <translation>Precisão:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On CPUs with AMX or AVX-512 BF16, bfloat16 convolutions run several times faster; results differ slightly from float32.</source>
        <translation>Em CPUs com AMX ou AVX-512 BF16, as convoluções bfloat16 rodam várias vezes mais rápido; os resultados diferem ligeiramente de float32.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Loader threads:</source>
        <translation>Threads de &amp;carregamento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decode, resize and Lab conversion run ahead of the trainer on these threads.</source>
        <translation>Decodificação, redimensionamento e conversão para Lab rodam à frente do treinador nestes threads.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Runs folder:</source>
        <translation>Pasta de &amp;execuções:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run na&amp;me:</source>
        <translation>&amp;Nome da execução:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run folder is &lt;runs folder&gt;/&lt;date-time&gt;-&lt;name&gt;.</source>
        <translation>A pasta da execução é &lt;pasta de execuções&gt;/&lt;data-hora&gt;-&lt;nome&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview images:</source>
        <translation>Imagens de &amp;pré-visualização:</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainHyperparameterPage</name>
    <message>
        <location filename="../ui/wizards/pretrainhyperparameterpage.cpp" line="+24"/>
        <source>Hyperparameters</source>
        <translation>Hiperparâmetros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defaults follow pix2pix and the paper; the preset chosen on the previous page adjusted the batch and schedule for its size.</source>
        <translation>Os padrões seguem o pix2pix e o artigo; a predefinição escolhida na página anterior ajustou o lote e o cronograma ao seu tamanho.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Random horizontal flips</source>
        <translation>Espelhamentos horizontais aleatórios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>110 (pix2pix)</source>
        <translation>110 (pix2pix)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>128 (the paper&apos;s code)</source>
        <translation>128 (código do artigo)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Learning rate:</source>
        <translation>Ta&amp;xa de aprendizagem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s step size. pix2pix and the paper&apos;s code use %1.</source>
        <translation>Tamanho do passo do Adam. O pix2pix e o código do artigo usam %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam β&amp;1:</source>
        <translation>Adam β&amp;1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum of Adam. %1 (pix2pix) keeps adversarial training stable.</source>
        <translation>Momento do Adam. %1 (pix2pix) mantém o treino adversarial estável.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch si&amp;ze:</source>
        <translation>Tamanho do &amp;lote:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ab s&amp;caling:</source>
        <translation>Escala de a&amp;b:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Decoding: 1 = mean of the colour distribution (washed out), towards 0 = its mode (vivid, noisy). Zhang et al.: %1.</source>
        <translation>Decodificação: 1 = média da distribuição de cores (desbotada), perto de 0 = sua moda (viva, ruidosa). Zhang et al.: %1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Epochs:</source>
        <translation>É&amp;pocas:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Quarter size, as Zhang et al.</source>
        <translation>&amp;Quarto do tamanho, como Zhang et al.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passes over the training images, decay epochs included. The paper: 20 epochs on 83k COCO images.</source>
        <translation>Passagens pelas imagens de treino, incluindo as épocas de decaimento. O artigo: 20 épocas em 83 mil imagens COCO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decay epochs:</source>
        <translation>Épocas de &amp;decaimento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last N epochs lower the learning rate linearly towards zero (pix2pix&apos;s schedule).</source>
        <translation>As últimas N épocas reduzem a taxa de aprendizagem linearmente até zero (cronograma do pix2pix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images per step. The paper uses 32; on a CPU small batches update more often per minute.</source>
        <translation>Imagens por passo. O artigo usa 32; numa CPU, lotes pequenos atualizam com mais frequência por minuto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Semente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixes initial weights, shuffling and augmentation so a run repeats exactly.</source>
        <translation>Fixa os pesos iniciais, o embaralhamento e o aumento de dados para que uma execução se repita exatamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augmentation:</source>
        <translation>Aumento de dados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flipped photos are still plausible photos: free extra data.</source>
        <translation>Fotos espelhadas continuam a ser fotos plausíveis: dados extra grátis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divides a and b to map them to [−1, 1] for the tanh output.</source>
        <translation>Divide a e b para mapeá-los em [−1, 1] para a saída tanh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L1 &amp;weight λ:</source>
        <translation>P&amp;eso L1 λ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of the L1 term against the adversarial loss (pix2pix: 100). Higher = safer, duller colours.</source>
        <translation>Peso do termo L1 em relação à perda adversarial (pix2pix: 100). Maior = cores mais seguras e mais apagadas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annealing &amp;temperature T:</source>
        <translation>&amp;Temperatura de recozimento T:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rebalancing λ:</source>
        <translation>&amp;Rebalanceamento λ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixes the training set&apos;s colour prior with a uniform one to up-weight rare colours (0.5 in Zhang et al.; 1 switches rebalancing off).</source>
        <translation>Mistura a distribuição a priori de cores do conjunto de treino com uma uniforme para aumentar o peso das cores raras (0,5 em Zhang et al.; 1 desliga o rebalanceamento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logits:</source>
        <translation>Logits:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: the whole U-Net predicts the 313 colour classes at every pixel, so every decoder level learns (segmentation fine-tunes them all). On: a small head predicts them at a quarter of the size and the colours are upsampled, as in Zhang et al.; several times faster.</source>
        <translation>Desligado: toda a U-Net prevê as 313 classes de cor em cada píxel, pelo que todos os níveis do descodificador aprendem (a segmentação ajusta-os todos). Ligado: uma pequena cabeça prevê-as a um quarto do tamanho e as cores são ampliadas, como em Zhang et al.; várias vezes mais rápido.</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainModelPage</name>
    <message>
        <location filename="../ui/wizards/pretrainmodelpage.cpp" line="+23"/>
        <source>Pretext task and model size</source>
        <translation>Tarefa de pretexto e tamanho do modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the network learns to predict from the grey (L) channel, and how big it is.</source>
        <translation>O que a rede aprende a prever a partir do canal cinzento (L), e qual o seu tamanho.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pretext task</source>
        <translation>Tarefa de pretexto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;GAN colorization (pix2pix cGAN + λ·L1) — the paper&apos;s method</source>
        <translation>Colorização por &amp;GAN (cGAN pix2pix + λ·L1) — o método do artigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Classification over 313 ab bins (Zhang et al. 2016)</source>
        <translation>&amp;Classificação em 313 faixas ab (Zhang et al. 2016)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;L2 regression of ab</source>
        <translation>Regressão &amp;L2 de ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A U-Net generator predicts a and b from L; a PatchGAN discriminator judges (L, ab) pairs. Loss: adversarial + λ·L1. Vivid colours; the weights transfer to classification and segmentation.</source>
        <translation>Um gerador U-Net prevê a e b a partir de L; um discriminador PatchGAN julga pares (L, ab). Perda: adversarial + λ·L1. Cores vivas; os pesos se transferem para classificação e segmentação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicts a distribution over 313 quantised colours with class rebalancing, decoded by annealed mean. Avoids the washed-out average colours of regression.</source>
        <translation>Prevê uma distribuição sobre 313 cores quantizadas com rebalanceamento de classes, decodificada pela média recozida. Evita as cores médias desbotadas da regressão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain mean-squared-error regression: the simplest baseline. Tends towards greyish, desaturated colours because it averages plausible answers.</source>
        <translation>Regressão simples por erro quadrático médio: a linha de base mais simples. Tende a cores acinzentadas e dessaturadas porque calcula a média das respostas plausíveis.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Train for colour points (hint-conditioned model)</source>
        <translation>&amp;Treinar para pontos de cor (modelo condicionado por dicas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The generator also takes colour points a user places (their colour and where they are) and learns from points simulated on the training photos (Zhang, Zhu et al. 2017). The Colorize page then lets you guide its colours by clicking on the photo; fine-tuning can start from it as from any colorizer.</source>
        <translation>O gerador recebe também pontos de cor colocados por um utilizador (a sua cor e onde estão) e aprende com pontos simulados nas fotos de treino (Zhang, Zhu et al. 2017). A página Colorir permite depois orientar as suas cores clicando na foto; o ajuste fino pode partir dele como de qualquer colorizador.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paper: 256 px, ngf 64, 8 downsamplings</source>
        <translation>Artigo: 256 px, ngf 64, 8 reduções de resolução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU-friendly small: 64 px, ngf 16</source>
        <translation>Pequeno, adequado à CPU: 64 px, ngf 16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiny: 32 px, ngf 8 (smoke tests)</source>
        <translation>Minúsculo: 32 px, ngf 8 (testes rápidos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
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
        <translation>PatchGAN 70×70 (pix2pix)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16×16 output map (the paper&apos;s code)</source>
        <translation>Mapa de saída 16×16 (código do artigo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vanilla (binary cross-entropy)</source>
        <translation>Padrão (entropia cruzada binária)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least squares (LSGAN)</source>
        <translation>Mínimos quadrados (LSGAN)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model size</source>
        <translation>Tamanho do modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Predefinição:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image size:</source>
        <translation>Tamanho da &amp;imagem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;oad size:</source>
        <translation>Ta&amp;manho de carga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images are resized to the load size, then randomly cropped to the image size (jitter). Equal sizes turn the jitter off.</source>
        <translation>As imagens são redimensionadas para o tamanho de carga e depois recortadas aleatoriamente no tamanho da imagem (jitter). Tamanhos iguais desligam o jitter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generator &amp;width (ngf):</source>
        <translation>Largura d&amp;o gerador (ngf):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Downsamplings:</source>
        <translation>&amp;Reduções de resolução:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image size must be divisible by 2^downsamplings; 8 at 256 px gives pix2pix&apos;s unet_256 with a 1×1 bottleneck.</source>
        <translation>O tamanho da imagem deve ser divisível por 2^reduções; 8 com 256 px dá o unet_256 do pix2pix com um gargalo 1×1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discriminator width (nd&amp;f):</source>
        <translation>Largura do discriminador (nd&amp;f):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di&amp;scriminator:</source>
        <translation>Di&amp;scriminador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;AN loss:</source>
        <translation>Perda GA&amp;N:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Preset values: batch %1, %2 epochs (%3 decaying), learning rate %4 — adjustable on the next page.</source>
        <translation>Valores predefinidos: lote %1, %2 épocas (%3 em decaimento), taxa de aprendizagem %4 — ajustáveis na próxima página.</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainReviewPage</name>
    <message>
        <location filename="../ui/wizards/pretrainreviewpage.cpp" line="+11"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These settings will be written to the run&apos;s config.json. Start training, or go back to change something.</source>
        <translation>Estas definições serão gravadas no config.json da execução. Inicie o treino ou volte para mudar algo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;%1&lt;/b&gt; pretext on &lt;b&gt;%2&lt;/b&gt;: %3 px images, ngf %4, %5 epochs of batch %6, run folder under &lt;b&gt;%7&lt;/b&gt;.</source>
        <translation>Pretexto &lt;b&gt;%1&lt;/b&gt; em &lt;b&gt;%2&lt;/b&gt;: imagens de %3 px, ngf %4, %5 épocas com lote %6, pasta da execução em &lt;b&gt;%7&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>colorproxy::PretrainWizard</name>
    <message>
        <location filename="../ui/wizards/pretrainwizard.cpp" line="+17"/>
        <source>New colorization pretraining</source>
        <translation>Novo pré-treino de colorização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start training</source>
        <translation>Iniciar treino</translation>
    </message>
</context>
<context>
    <name>colorproxy::PreviewGrid</name>
    <message>
        <location filename="../ui/monitor/previewgrid.cpp" line="+22"/>
        <source>Predictions on fixed validation images appear here after each epoch: grey input | prediction | ground truth.</source>
        <translation>Previsões em imagens de validação fixas aparecem aqui após cada época: entrada cinzenta | previsão | verdade de referência.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to enlarge</source>
        <translation>Clique para ampliar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which run&apos;s previews to show</source>
        <translation>De qual execução mostrar as pré-visualizações</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step back through earlier epochs</source>
        <translation>Voltar pelas épocas anteriores</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Validation previews</source>
        <translation>Pré-visualizações de validação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>grey input | prediction | truth</source>
        <translation>entrada cinzenta | previsão | verdade</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>this run</source>
        <translation>esta execução</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No previews yet</source>
        <translation>Nenhuma pré-visualização ainda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Epoch %1 (%2 of %3 saved)</source>
        <translation>Época %1 (%2 de %3 guardadas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation previews — %1</source>
        <translation>Pré-visualizações de validação — %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::ProbePlot</name>
    <message>
        <location filename="../ui/results/probeplot.cpp" line="+134"/>
        <source>encoder level (0 = first, highest resolution)</source>
        <translation>nível do codificador (0 = o primeiro, de maior resolução)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test mAP</source>
        <translation>mAP de teste</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Frozen-encoder probes (%1): test mAP per encoder level, mean over %n seed(s) with 95 % intervals; %2 test images, %3 classes.</source>
        <translation>
            <numerusform>Sondas de codificadores congelados (%1): mAP de teste por nível do codificador, média sobre %n semente com intervalos de 95 %; %2 imagens de teste, %3 classes.</numerusform>
            <numerusform>Sondas de codificadores congelados (%1): mAP de teste por nível do codificador, média sobre %n sementes com intervalos de 95 %; %2 imagens de teste, %3 classes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Pretrained: %1.</source>
        <translation>Pré-treinado: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>initialisation of the frozen network (a 1×1 convolution reads its decoder&apos;s last features)</source>
        <translation>inicialização da rede congelada (uma convolução 1×1 lê as últimas características do seu descodificador)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test mIoU</source>
        <translation>mIoU de teste</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Segmentation probe (%1): test mIoU per initialisation, mean over %n seed(s) with 95 % intervals; %2 test images, %3 classes.</source>
        <translation>
            <numerusform>Sonda de segmentação (%1): mIoU de teste por inicialização, média sobre %n semente com intervalos de 95 %; %2 imagens de teste, %3 classes.</numerusform>
            <numerusform>Sonda de segmentação (%1): mIoU de teste por inicialização, média sobre %n sementes com intervalos de 95 %; %2 imagens de teste, %3 classes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>majority class everywhere</source>
        <translation>a classe maioritária em todo o lado</translation>
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
        <translation>acaso (uma pontuação constante)</translation>
    </message>
</context>
<context>
    <name>colorproxy::ProblemText</name>
    <message>
        <location filename="../ui/wizards/problemtext.cpp" line="+24"/>
        <source>Dataset folder</source>
        <translation>Pasta do conjunto de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold-out share</source>
        <translation>Fração reservada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image limit</source>
        <translation>Limite de imagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loader threads</source>
        <translation>Threads de carregamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Tamanho da imagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load size</source>
        <translation>Tamanho de carga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator width (ngf)</source>
        <translation>Largura do gerador (ngf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminator width (ndf)</source>
        <translation>Largura do discriminador (ndf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsamplings</source>
        <translation>Reduções de resolução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Taxa de aprendizagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam β1</source>
        <translation>Adam β1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decay epochs</source>
        <translation>Épocas de decaimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L1 weight λ</source>
        <translation>Peso L1 λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annealing temperature T</source>
        <translation>Temperatura de recozimento T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebalancing λ</source>
        <translation>Rebalanceamento λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview images</source>
        <translation>Imagens de pré-visualização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs folder</source>
        <translation>Pasta de execuções</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run name</source>
        <translation>Nome da execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe dataset</source>
        <translation>Conjunto da sonda</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is empty: fill it in.</source>
        <translation>%1 está vazio: preencha-o.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not an existing folder.</source>
        <translation>%1: “%2” não é uma pasta existente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 deve estar entre %2 e %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a multiple of %2 (2 to the power of the downsamplings).</source>
        <translation>%1 deve ser um múltiplo de %2 (2 elevado ao número de reduções de resolução).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 deve ser pelo menos %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be 0 (all) or more.</source>
        <translation>%1 deve ser 0 (todas) ou mais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be above 0.</source>
        <translation>%1 deve ser maior que 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be at least 0 and below 1.</source>
        <translation>%1 deve ser pelo menos 0 e menor que 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be above 0 and at most 1.</source>
        <translation>%1 deve ser maior que 0 e no máximo 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be between 0 and 1.</source>
        <translation>%1 deve estar entre 0 e 1.</translation>
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
        <translation>Imagem anterior (Page Up)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next image (Page Down)</source>
        <translation>Próxima imagem (Page Down)</translation>
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
        <translation>Abrir &amp;experimento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An experiment folder (or a runs folder): its baseline and pretrained %1 runs are paired by seed</source>
        <translation>Uma pasta de experimento (ou de execuções): suas execuções %1 de linha de base e pré-treinadas são pareadas por semente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Two R&amp;uns…</source>
        <translation>Escolher duas e&amp;xecuções…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a baseline run folder, then a pretrained run folder</source>
        <translation>Escolha uma pasta de execução de linha de base, depois uma pré-treinada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which baseline/pretrained pair to compare</source>
        <translation>Qual par linha de base/pré-treinado comparar</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+35"/>
        <location line="+19"/>
        <source>Baseline: %1
Pretrained: %2</source>
        <translation>Linha de base: %1
Pré-treinado: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 holds no finished pair of baseline and pretrained %2 runs with saved predictions. Open an experiment folder (colorproxy-cli experiment) or choose two run folders.</source>
        <translation>%1 não contém nenhum par concluído de execuções %2 de linha de base e pré-treinada com previsões guardadas. Abra uma pasta de experimento (colorproxy-cli experiment) ou escolha duas pastas de execução.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one run</source>
        <translation>uma execução</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>two runs</source>
        <translation>duas execuções</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open an experiment or runs folder</source>
        <translation>Abrir uma pasta de experimento ou de execuções</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the baseline (random init) run</source>
        <translation>Escolha a execução de linha de base (inicialização aleatória)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the pretrained run to compare with %1 (Cancel: look at it alone)</source>
        <translation>Escolha a execução pré-treinada para comparar com %1 (Cancelar: ver só ela)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the pretrained run to compare with %1</source>
        <translation>Escolha a execução pré-treinada para comparar com %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::RunsPage</name>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="+69"/>
        <source>Runs folder</source>
        <translation>Pasta de execuções</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;sume</source>
        <translation>Ret&amp;omar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue an interrupted run exactly from its latest checkpoint</source>
        <translation>Continuar uma execução interrompida exatamente a partir do último checkpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show fo&amp;lder</source>
        <translation>Mostrar &amp;pasta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Runs folder:</source>
        <translation>Pasta de execuções:</translation>
    </message>
    <message>
        <location line="+117"/>
        <source> (epoch %1/%2)</source>
        <translation> (época %1/%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (run %1/%2)</source>
        <translation> (execução %1/%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 (epoch %3)</source>
        <translation>%1 %2 (época %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no report</source>
        <translation>sem relatório</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>representation probe</source>
        <translation>sonda de representação</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No runs in %1 yet. Start one from Train ▸ New pretraining.</source>
        <translation>Ainda não há execuções em %1. Inicie uma em Treinar ▸ Novo pré-treino.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open in Co&amp;mpare</source>
        <translation>Abrir em Co&amp;mparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline and pretrained masks of this run&apos;s seed side by side</source>
        <translation>Máscaras de linha de base e pré-treinadas da semente desta execução, lado a lado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;Labels</source>
        <translation>Abrir em &amp;Rótulos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted labels of this run (and its baseline/pretrained partner)</source>
        <translation>Rótulos previstos desta execução (e de sua parceira de linha de base/pré-treinada)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading %1 …</source>
        <translation>A ler %1 …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run in progress</source>
        <translation>Execução em curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is being trained right now. Stop it first, then delete it.</source>
        <translation>%1 está a ser treinada agora. Pare-a primeiro e depois elimine-a.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Delete run</source>
        <translation>Eliminar execução</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete the run folder %1 with its checkpoints, metrics and previews? This cannot be undone.</source>
        <translation>Eliminar a pasta de execução %1 com seus checkpoints, métricas e pré-visualizações? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not delete everything in %1. Check the folder&apos;s permissions.</source>
        <translation>Não foi possível eliminar tudo em %1. Verifique as permissões da pasta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No run opened</source>
        <translation>Nenhuma execução aberta</translation>
    </message>
</context>
<context>
    <name>colorproxy::SampleView</name>
    <message>
        <location filename="../ui/datasets/sampleview.cpp" line="+109"/>
        <source>unknown id %1</source>
        <translation>id desconhecido %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2, %3</source>
        <translation>%1 em %2, %3</translation>
    </message>
</context>
<context>
    <name>colorproxy::ThreadsBox</name>
    <message>
        <location filename="../ui/widgets/threadsbox.cpp" line="+12"/>
        <source>All cores (%1)</source>
        <translation>Todos os núcleos (%1)</translation>
    </message>
</context>
<context>
    <name>colorproxy::ThumbnailModel</name>
    <message>
        <location filename="../ui/datasets/thumbnailmodel.cpp" line="+32"/>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Split: %1</source>
        <translation>Partição: %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::TrainPage</name>
    <message>
        <location filename="../ui/main/trainpage.cpp" line="+14"/>
        <source>New &amp;pretraining…</source>
        <translation>Novo &amp;pré-treino…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New fine-t&amp;uning…</source>
        <translation>Novo a&amp;juste fino…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New e&amp;xperiment…</source>
        <translation>Novo e&amp;xperimento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pretrain once, then baseline vs pretrained fine-tuning over several seeds, with a report</source>
        <translation>Pré-treine uma vez, depois ajuste fino da linha de base contra o pré-treinado em várias sementes, com relatório</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No job queued.</source>
        <translation>Nenhum trabalho na fila.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued next: %1</source>
        <translation>Próximo na fila: %1</translation>
    </message>
</context>
<context>
    <name>colorproxy::TrainingMonitor</name>
    <message>
        <location filename="../ui/monitor/trainingmonitor.cpp" line="+73"/>
        <location line="+174"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Pause after the current batch (Ctrl+P)</source>
        <translation>Pausar após o lote atual (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch; the last checkpoint can be resumed later</source>
        <translation>Parar após o lote atual; o último checkpoint pode ser retomado depois</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>iteration</source>
        <translation>iteração</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+95"/>
        <location line="+3"/>
        <source>loss</source>
        <translation>perda</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>epoch</source>
        <translation>época</translation>
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
        <translation>Mensagens de log do motor</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>No training yet</source>
        <translation>Nenhum treino ainda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a pretraining run from the Train menu, or reopen a run from the Runs page.</source>
        <translation>Inicie um pré-treino pelo menu Treinar ou reabra uma execução na página Execuções.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Loss by iteration</source>
        <translation>Perda por iteração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics by epoch</source>
        <translation>Métricas por época</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previews</source>
        <translation>Pré-visualizações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Registo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training curves</source>
        <translation>Curvas de treino</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stop training?</source>
        <translation>Parar o treino?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop %1 after the current batch? The last checkpoint stays; Resume on the Runs page continues from it.</source>
        <translation>Parar %1 após o lote atual? O último checkpoint é mantido; Retomar na página Execuções continua a partir dele.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>training loss</source>
        <translation>perda de treino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mIoU / mAP</source>
        <translation>mIoU / mAP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting…</source>
        <translation>A iniciar…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+22"/>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused — the trainer waits between batches</source>
        <translation>Pausado — o treinador espera entre lotes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping after the current batch…</source>
        <translation>A parar após o lote atual…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>epoch %1/%2</source>
        <translation>época %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iteration %1/%2</source>
        <translation>iteração %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 images/s</source>
        <translation>%1 imagens/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elapsed %1</source>
        <translation>decorrido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA %1</source>
        <translation>ETA %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lr %1</source>
        <translation>lr %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>process %1: %2</source>
        <translation>processo %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images/s per process — %1</source>
        <translation>Imagens/s por processo — %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SSIM · k-NN probe mAP</source>
        <translation>SSIM · mAP da sonda k-NN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Epoch %1/%2 done: %3</source>
        <translation>Época %1/%2 concluída: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (resumed)</source>
        <translation>%1 (retomada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resumed — running</source>
        <translation>Retomada — em execução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed at iteration %1 (epoch %2) — running</source>
        <translation>Retomada na iteração %1 (época %2) — em execução</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier curves and previews of %1: %2 iterations, %3 epochs, %4 previews</source>
        <translation>Curvas e pré-visualizações anteriores de %1: %2 iterações, %3 épocas, %4 pré-visualizações</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopped — resume it from the Runs page</source>
        <translation>Parado — retome-o na página Execuções</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run folder: %1</source>
        <translation>Pasta da execução: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Result: label efficiency and verdicts</source>
        <translation>Resultado: eficiência de rótulos e veredictos</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Probes: mAP by encoder level</source>
        <translation>Sondas: mAP por nível do codificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probes: mAP by level, segmentation mIoU</source>
        <translation>Sondas: mAP por nível, mIoU de segmentação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probes: segmentation mIoU</source>
        <translation>Sondas: mIoU de segmentação</translation>
    </message>
</context>
<context>
    <name>colorproxy::UserGuideDialog</name>
    <message>
        <location filename="../ui/main/userguidedialog.cpp" line="+24"/>
        <source>ColorProxy user guide</source>
        <translation>Guia do utilizador do ColorProxy</translation>
    </message>
</context>
<context>
    <name>colorproxy::WelcomePage</name>
    <message>
        <location filename="../ui/main/welcomepage.cpp" line="+11"/>
        <source>&lt;h2&gt;Welcome to ColorProxy&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bem-vindo ao ColorProxy&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ColorProxy teaches a network to colorize grey photos, then checks whether what it learned helps it recognise objects. Start with one of these:</source>
        <translation>O ColorProxy ensina uma rede a colorir fotos cinzentas e depois verifica se o que ela aprendeu ajuda a reconhecer objetos. Comece por um destes:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a dataset</source>
        <translation>Abrir um conjunto de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse a folder of photos, or a COCO, Pascal VOC or CamVid dataset: counts, labels, masks and problems.</source>
        <translation>Navegar por uma pasta de fotos ou um conjunto COCO, Pascal VOC ou CamVid: contagens, rótulos, máscaras e problemas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colorize a photo</source>
        <translation>Colorir uma foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a photo on the Colorize page: the bundled model paints its colours back at full resolution.</source>
        <translation>Solte uma foto na página Colorir: o modelo incluído devolve as cores em resolução total.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the quick experiment</source>
        <translation>Executar o experimento rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does colorization pretraining help? Pretrain on the bundled samples, then compare fine-tuning with and without it: minutes on a CPU.</source>
        <translation>O pré-treino por colorização ajuda? Pré-treine nas amostras incluídas e compare o ajuste fino com e sem ele: minutos numa CPU.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pages on the left lead to everything else; Help ▸ Getting started shows this page again.</source>
        <translation>As páginas à esquerda levam a todo o resto; Ajuda ▸ Primeiros passos mostra esta página de novo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+34"/>
        <source>Self-supervised visual feature learning through image colorization.</source>
        <translation>Aprendizagem auto-supervisionada de características visuais por meio da colorização de imagens.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tour the GUI with a real tiny training run, save screenshots to &lt;dir&gt; and print the event-loop latency, then quit.</source>
        <translation>Percorrer a interface com uma pequena execução de treino real, guardar capturas de ecrã em &lt;dir&gt; e mostrar a latência do laço de eventos, depois sair.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample data for the tour (resources/samples).</source>
        <translation>Dados de exemplo para o passeio (resources/samples).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs folder for the tour.</source>
        <translation>Pasta de execuções para o passeio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --screenshots: also train the paper-size model for &lt;n&gt; seconds and report the latency meanwhile.</source>
        <translation>Com --screenshots: também treinar o modelo do tamanho do artigo por &lt;n&gt; segundos e informar a latência durante esse tempo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appearance for this session: system, light or dark (default: the one chosen in File &gt; Preferences).</source>
        <translation>Aparência desta sessão: system, light ou dark (padrão: a escolhida em Ficheiro &gt; Preferências).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &lt;photo&gt; (a file or a folder of photos) on the Colorize page; repeat for several.</source>
        <translation>Abrir &lt;photo&gt; (um ficheiro ou uma pasta de fotos) na página Colorir; repita para vários.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --colorize: once the model has loaded, colorize them all into &lt;dir&gt; (asks before replacing files).</source>
        <translation>Com --colorize: assim que o modelo carregar, colorir todas em &lt;dir&gt; (pergunta antes de substituir ficheiros).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A dataset folder to open on the Datasets page (optional).</source>
        <translation>Uma pasta de conjunto de dados para abrir na página Conjuntos de dados (opcional).</translation>
    </message>
</context>
</TS>
