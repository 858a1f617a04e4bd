<?xml version="1.0" encoding="utf-8"?>
<!-- heat.exe transform: drops frontdesk.exe from the harvested Files.wxs, because FrontDesk.wxs installs it
     itself (the Start-menu shortcut points at it). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:wix="http://schemas.microsoft.com/wix/2006/wi">
  <xsl:output method="xml" indent="yes"/>
  <xsl:key name="exe" match="wix:Component[wix:File[substring(@Source, string-length(@Source) - 13) = '\frontdesk.exe']]"
           use="@Id"/>
  <xsl:template match="@*|node()">
    <xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy>
  </xsl:template>
  <xsl:template match="wix:Component[key('exe', @Id)]"/>
  <xsl:template match="wix:ComponentRef[key('exe', @Id)]"/>
</xsl:stylesheet>
