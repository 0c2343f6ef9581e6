<#import "macros.ftl" as m><@m.page title=content.title>
<h1>${content.title}</h1>
<p class="date">${content.date?string("d MMMM yyyy")}</p>
<p>Labels: <#list content.tags as tag>${tag}<#sep>, </#list></p>
${content.body}
</@m.page>
