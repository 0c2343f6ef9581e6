<#import "macros.ftl" as m><@m.page title="Home">
<h1>Page ${currentPageNumber} of ${numberOfPages}</h1>
<#list posts as post><h2>${post.title}</h2><p>${post.date?string("EEEE d MMMM yyyy")}</p></#list>
<p><#if previousFileName??>Previous: ${previousFileName}</#if> <#if nextFileName??>Next: ${nextFileName}</#if></p>
</@m.page>
