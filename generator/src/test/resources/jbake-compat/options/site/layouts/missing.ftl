<#import "macros.ftl" as m><@m.page title="Niet gevonden">
<h1>Deze pagina bestaat niet</h1>
</@m.page>
