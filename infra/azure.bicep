// Deelwijzer on Azure: App Service (Node 20, several instances), Azure Database for PostgreSQL
// (flexible server) for the shared store, and the Azure Bot registration with the Teams channel.
@maxLength(20)
@minLength(4)
param resourceBaseName string
param location string = resourceGroup().location
@description('Instances of the bot behind one endpoint; all share the PostgreSQL store.')
param instanceCount int = 2
param webAppSku string = 'P0v3'
param botAadAppClientId string
@secure()
param botAadAppClientSecret string
param botTenantId string = tenant().tenantId
@description('Comma-separated tenant ids whose users may use the bot.')
param allowedTenants string = tenant().tenantId
@description('Empty: the people come from the file /home/site/directory.yaml. Otherwise the path of the file that maps Entra groups to organisations and roles (e.g. /home/site/groups.yaml): the people are read from Microsoft Graph (application permission GroupMember.Read.All, see entra-app.manifest.json).')
param graphDirectoryFile string = ''
@description('The app id in the organisation app catalog (TEAMS_APP_PUBLISHED_APP_ID after teamsapp publish). Set, the bot installs itself for contacts, managers and privacy officers who never opened it (application permission TeamsAppInstallation.ReadWriteSelfForUser.All).')
param teamsAppCatalogId string = ''
param postgresAdminLogin string = 'deelwijzer'
@secure()
param postgresAdminPassword string
param postgresSku string = 'Standard_B1ms'
param postgresTier string = 'Burstable'

var webAppName = resourceBaseName
var postgresName = '${resourceBaseName}-pg'

resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {
  name: resourceBaseName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2023-06-01-preview' = {
  name: postgresName
  location: location
  sku: {
    name: postgresSku
    tier: postgresTier
  }
  properties: {
    version: '15'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 35
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2023-06-01-preview' = {
  parent: postgres
  name: 'deelwijzer'
}

// Reachable from Azure services (the web app); no public access from elsewhere.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2023-06-01-preview' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource webApp 'Microsoft.Web/sites@2023-01-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appCommandLine: 'node dist/src/index.js'
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'BOT_ID', value: botAadAppClientId }
        { name: 'BOT_PASSWORD', value: botAadAppClientSecret }
        { name: 'BOT_TYPE', value: 'SingleTenant' }
        { name: 'BOT_TENANT_ID', value: botTenantId }
        { name: 'ALLOWED_TENANTS', value: allowedTenants }
        empty(graphDirectoryFile) ? { name: 'DIRECTORY_FILE', value: '/home/site/directory.yaml' } : { name: 'GRAPH_DIRECTORY_FILE', value: graphDirectoryFile }
        { name: 'TEAMS_APP_CATALOG_ID', value: teamsAppCatalogId }
        { name: 'DATABASE_URL', value: 'postgres://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/deelwijzer?sslmode=require' }
        { name: 'LOG_LEVEL', value: 'info' }
      ]
    }
  }
  dependsOn: [
    database
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: 'Deelwijzer'
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output POSTGRES_HOST string = postgres.properties.fullyQualifiedDomainName
