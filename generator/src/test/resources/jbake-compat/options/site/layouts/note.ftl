<#import "macros.ftl" as m><@m.page title=content.title>
<h1>Note: ${content.title}</h1>
${content.body}
</@m.page>
